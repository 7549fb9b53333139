// Optional enhancement for charts: a tooltip on hover or touch, and with the keyboard, Tab to a chart and step
// through its marks with the arrow keys (Escape hides the tip). Without this script every value is already written
// beside its mark and listed in the chart's table. Text only; positioned through the CSSOM, which the CSP allows.

const tip = document.createElement('div');
tip.className = 'chart-tip';
tip.setAttribute('role', 'status');
tip.hidden = true;
document.body.append(tip);

let current: Element | undefined;

function show(mark: Element): void {
  current?.classList.remove('is-highlighted');
  current = mark;
  mark.classList.add('is-highlighted');
  tip.textContent = mark.getAttribute('data-tip');
  tip.hidden = false;
  const box = mark.getBoundingClientRect();
  const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
  tip.style.left = `${Math.max(window.scrollX + 8, left)}px`;
  tip.style.top = `${window.scrollY + box.top - tip.offsetHeight - 6}px`;
}

function hide(): void {
  current?.classList.remove('is-highlighted');
  current = undefined;
  tip.hidden = true;
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) {
  // A figure holds its chart in two layouts, one shown (by width): step through the marks of the one on screen.
  const shownMarks = () => [...figure.querySelectorAll('svg [data-tip]')].filter((mark) => mark.closest('svg')!.checkVisibility());
  const marks = [...figure.querySelectorAll('svg [data-tip]')];
  if (!marks.length) continue;
  figure.tabIndex = 0;
  for (const mark of marks) {
    mark.addEventListener('pointerenter', () => show(mark));
    mark.addEventListener('pointerleave', hide);
  }
  figure.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (event.key === 'Escape') return hide();
    if (step === undefined || event.target !== figure) return;
    event.preventDefault();
    const visible = shownMarks();
    if (!visible.length) return;
    const index = current ? visible.indexOf(current) : -1;
    show(visible[(index + step + visible.length) % visible.length]!);
  });
  figure.addEventListener('blur', hide);
}
