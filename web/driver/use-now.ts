import { useEffect, useState } from 'react';

/** The clock, ticking every `everyMs`: a waiting time runs out, midnight passes, with no tap. */
export function useNow(everyMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
