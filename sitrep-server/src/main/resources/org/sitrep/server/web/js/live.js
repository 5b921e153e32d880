// The live connection to /api/events, shared by the pages that update themselves.
export function connectLive(onIncident) {
  const status = document.getElementById('live');
  if (!('EventSource' in window)) return null;
  const es = new EventSource('/api/events');
  const set = (on, text) => {
    if (!status) return;
    status.classList.toggle('on', on);
    status.textContent = text;
  };
  es.addEventListener('open', () => set(true, 'live'));
  es.addEventListener('hello', () => set(true, 'live'));
  es.addEventListener('error', () => set(false, 'reconnecting…'));
  es.addEventListener('incident', ev => {
    let summary;
    try {
      summary = JSON.parse(ev.data);
    } catch (e) {
      return;
    }
    onIncident(summary);
  });
  return es;
}
