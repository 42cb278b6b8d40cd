/** What the test server's probe feed saw of the browser (tests/server/probes.mjs). */
export interface ProbeReport {
  requests: number;
  outcome: 'none' | 'pending' | 'served' | 'aborted';
}

/** A key no other test uses, so each test reads its own report. */
export const probeKey = () => `probe-${Math.random().toString(36).slice(2)}`;

/** The probe feed's address: it answers after `ms` with `status` (the valid feed when 200). */
export const probeUrl = (key: string, ms = 0, status = 200) => `/probe/feed?key=${key}&ms=${ms}&status=${status}`;

export async function probeReport(key: string): Promise<ProbeReport> {
  return (await fetch(`/probe/report?key=${key}`)).json();
}
