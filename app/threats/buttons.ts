// The threat labs' two kinds of button, styled once.
export const LAB_BUTTON = "rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100";
export const LAB_PRIMARY_BUTTON = "rounded-md bg-slate-900 px-3 py-1.5 text-white";
