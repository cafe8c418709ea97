// The analytics service's tag: counts how many times it ran on this page.
window.__analyticsRuns = (window.__analyticsRuns || 0) + 1;
