// The timeline: events per day (GET /api/stats by_day) as bars, with a d3
// brush whose range is handed to `onBrush` as [since, until] (YYYY-MM-DD,
// inclusive) or null when cleared.
const DAY = 86400000;

function iso(d) { return d.toISOString().slice(0, 10); }

export class Timeline {
  constructor(svgId, onBrush) {
    this.svg = d3.select(`#${svgId}`);
    this.onBrush = onBrush;
  }

  draw(byDay) {
    const node = this.svg.node();
    const width = node.clientWidth || 800, height = node.clientHeight || 120;
    const margin = { left: 30, right: 10, top: 6, bottom: 20 };
    this.svg.selectAll('*').remove();
    if (byDay.length === 0) return;
    const days = byDay.map((r) => ({ date: new Date(`${r.date}T00:00:00Z`), count: r.count }));
    const first = days[0].date, last = new Date(days[days.length - 1].date.getTime() + DAY);
    const x = d3.scaleUtc().domain([first, last]).range([margin.left, width - margin.right]);
    this.x = x;  // date -> pixel, for the browser test's drags
    const y = d3.scaleLinear().domain([0, d3.max(days, (d) => d.count)]).nice()
      .range([height - margin.bottom, margin.top]);
    const barWidth = Math.max(2, x(new Date(first.getTime() + DAY)) - x(first) - 1);
    this.svg.append('g').selectAll('rect').data(days).join('rect')
      .attr('class', 'bar').attr('x', (d) => x(d.date)).attr('width', barWidth)
      .attr('y', (d) => y(d.count)).attr('height', (d) => y(0) - y(d.count))
      .append('title').text((d) => `${iso(d.date)}: ${d.count}`);
    this.svg.append('g').attr('transform', `translate(0,${height - margin.bottom})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
    this.svg.append('g').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(3));
    const brush = d3.brushX().extent([[margin.left, margin.top], [width - margin.right, height - margin.bottom]])
      .on('end', (event) => {
        if (!event.selection) return this.onBrush(null);
        const [a, b] = event.selection.map((px) => x.invert(px));
        // A day belongs to the range when the brush covers any part of it.
        this.onBrush([iso(a), iso(new Date(Math.ceil(b.getTime() / DAY) * DAY - DAY))]);
      });
    this.svg.append('g').attr('class', 'brush').call(brush);
  }
}
