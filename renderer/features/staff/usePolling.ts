/** Reads a value now and again every `intervalMs` while the component is shown. */
import { useEffect, useState } from 'react';

export function usePolling<T>(read: () => Promise<T>, intervalMs: number): T | undefined {
  const [value, setValue] = useState<T | undefined>();
  useEffect(() => {
    let isCurrent = true;
    const refresh = () => {
      read()
        .then((next) => {
          if (isCurrent) setValue(next);
        })
        .catch(() => undefined);
    };
    refresh();
    const timer = setInterval(refresh, intervalMs);
    return () => {
      isCurrent = false;
      clearInterval(timer);
    };
  }, [read, intervalMs]);
  return value;
}
