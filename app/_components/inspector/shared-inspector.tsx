"use client";
// Client component: one live connection shared by every piece of evidence on a page.

import { createContext, useContext, type ReactNode } from "react";
import { useInspector } from "./use-inspector";

type InspectorData = ReturnType<typeof useInspector>;

const Shared = createContext<InspectorData | null>(null);

/**
 * Pages that show several pieces of live evidence (the FAQ, the tour) open one stream for all of
 * them: the server allows a browser only a few at once.
 */
export function InspectorProvider({ children }: { children: ReactNode }) {
  return <Shared.Provider value={useInspector()}>{children}</Shared.Provider>;
}

/** The page's shared inspector data, or a connection of its own outside a provider. */
export function useSharedInspector(): InspectorData {
  const shared = useContext(Shared);
  const own = useInspector(shared === null);
  return shared ?? own;
}
