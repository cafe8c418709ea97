'use client';
import { useEffect } from 'react';

/** Tells the test that React has hydrated: effects run after the commit, so after any hydration warning. */
export function Hydrated() {
  useEffect(() => {
    const w = window as { __hydrated?: number };
    w.__hydrated = (w.__hydrated ?? 0) + 1;
  }, []);
  return null;
}
