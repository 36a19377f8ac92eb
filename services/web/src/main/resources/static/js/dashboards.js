// The economists' dashboards: reads the filters from the address (so a view can be bookmarked and
// shared), fetches analytics-service's measures through the web front (/dashboards/data/…, with the
// person's own token), draws them with Apache ECharts (SVG) and writes each as a table too (the
// accessible form of every chart). Drill-down: region → city (its sectors) → sector (its shops).
(() => {
  'use strict';
  const texts = JSON.parse(document.getElementById('texts').textContent);
  const locale = texts.locale;
  const status = document.getElementById('status');
  const charts = {};

  // ---------------------------------------------------------------- state (the address)
  function iso(date) {
    return date.getFullYear() + '-' + String(date.getMonth() + 1).padStart(2, '0') + '-' + String(date.getDate()).padStart(2, '0');
  }

  function readState() {
    const params = new URLSearchParams(location.search);
    const today = new Date();
    const yearAgo = new Date(today.getFullYear(), today.getMonth() - 11, 1);
    return {
      from: params.get('from') || iso(yearAgo),
      to: params.get('to') || iso(today),
      city: params.get('city') || '',
      sector: params.get('sector') || '',
      currency: params.get('currency') === 'HUF' ? 'HUF' : 'EUR'
    };
  }

  let state = readState();

  function writeState() {
    const params = new URLSearchParams();
    ['from', 'to', 'city', 'sector', 'currency'].forEach(key => { if (state[key]) params.set(key, state[key]); });
    history.replaceState(null, '', '/dashboards?' + params.toString());
  }

  /** The filters of the state as analytics-service's parameters. */
  function filters(extra) {
    const params = new URLSearchParams(extra);
    params.set('from', state.from);
    params.set('to', state.to);
    params.set('currency', state.currency);
    if (state.city) params.set('cities', state.city);
    if (state.sector) params.set('sectors', state.sector);
    return params;
  }

  // ---------------------------------------------------------------- formats
  function money(amount) {
    if (amount === null || amount === undefined) return texts.suppressed;
    const digits = state.currency === 'HUF' ? 0 : 2;
    return new Intl.NumberFormat(locale, { style: 'currency', currency: state.currency, minimumFractionDigits: digits, maximumFractionDigits: digits })
      .format(Number(amount));
  }

  function count(value) {
    return value === null || value === undefined ? texts.suppressed : new Intl.NumberFormat(locale).format(Number(value));
  }

  function percent(value) {
    return value === null || value === undefined ? '' : new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 1 })
      .format(Number(value)) + ' %';
  }

  function monthName(key) {
    const [year, month] = key.split('-').map(Number);
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(new Date(year, month - 1, 1));
  }

  function cityName(code) {
    if (code === 'cooperation') return texts.cooperation;
    if (code === 'unknown') return texts.unknown;
    return texts.cities[code] || code;
  }

  function sectorName(code) {
    return texts.sectors[code] || texts.otherSector.replace('{0}', code);
  }

  function countryName(code) {
    return code === 'network' ? texts.network : code === 'unknown' ? texts.unknown : code;
  }

  // ---------------------------------------------------------------- data
  class Problem extends Error {}

  async function measure(name, params) {
    const response = await fetch('/dashboards/data/' + name + '?' + params.toString(), { headers: { Accept: 'application/json' } });
    if (response.status === 401 || response.redirected) {
      location.reload();
      throw new Problem(texts.failed);
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = body && (body.detail || (body.errors && body.errors.map(e => e.message || e.detail).join(' ')) || body.title);
      throw new Problem(response.status >= 500 ? texts.unavailable : (detail || texts.failed));
    }
    return body;
  }

  // ---------------------------------------------------------------- tables
  function table(element, columns, rows) {
    element.replaceChildren();
    const head = element.createTHead().insertRow();
    columns.forEach(column => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column.title;
      if (column.number) th.className = 'number';
      head.appendChild(th);
    });
    const body = element.createTBody();
    if (rows.length === 0) {
      const cell = body.insertRow().insertCell();
      cell.colSpan = columns.length;
      cell.textContent = texts.empty;
      return;
    }
    rows.forEach(row => {
      const tr = body.insertRow();
      columns.forEach(column => {
        const td = tr.insertCell();
        const value = column.value(row);
        if (value instanceof Node) td.appendChild(value); else td.textContent = value;
        if (column.number) td.className = 'number';
      });
      if (row.suppressed) tr.className = 'suppressed';
    });
  }

  function button(text, onClick) {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'link';
    element.textContent = text;
    element.addEventListener('click', onClick);
    return element;
  }

  function downloads() {
    document.querySelectorAll('.downloads[data-measure]').forEach(element => {
      const params = filters(element.dataset.query);
      element.replaceChildren();
      [['csv', texts['download-csv']], ['xlsx', texts['download-xlsx']]].forEach(([format, text], i) => {
        params.set('format', format);
        const link = document.createElement('a');
        link.href = '/dashboards/export/' + element.dataset.measure + '?' + params.toString();
        link.textContent = text;
        link.setAttribute('download', '');
        if (i > 0) element.append(' · ');
        element.append(link);
      });
    });
  }

  // ---------------------------------------------------------------- charts
  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'svg' });
    return charts[id];
  }

  window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));

  const palette = ['#0b5d3b', '#8a5a00', '#1f4e9c', '#9c1f4e', '#4e6b1f'];

  // ---------------------------------------------------------------- sections
  function crumbs() {
    const list = document.getElementById('crumbs');
    list.replaceChildren();
    const levels = [[texts.region, () => drill('', '')]];
    if (state.city) levels.push([cityName(state.city), () => drill(state.city, '')]);
    if (state.sector) levels.push([sectorName(state.sector), () => drill(state.city, state.sector)]);
    levels.forEach(([text, go], i) => {
      const item = document.createElement('li');
      if (i === levels.length - 1) {
        item.textContent = text;
        item.setAttribute('aria-current', 'location');
      } else {
        item.appendChild(button(text, go));
      }
      list.appendChild(item);
    });
  }

  function drill(city, sector) {
    state = { ...state, city, sector };
    document.getElementById('city').value = city;
    show();
  }

  async function overTime() {
    const answer = await measure('spending', filters({ groupBy: 'month', compare: 'year' }));
    const kpis = document.getElementById('kpis');
    kpis.replaceChildren();
    [[texts.spent, money(answer.region.amount)], [texts.redemptions, count(answer.region.redemptions)], [texts.shoppers, count(answer.region.shoppers)]]
      .forEach(([term, value]) => {
        const dt = document.createElement('dt');
        dt.textContent = term;
        const dd = document.createElement('dd');
        dd.textContent = value;
        kpis.append(dt, dd);
      });
    chart('time-chart').setOption({
      color: palette,
      tooltip: { trigger: 'axis', valueFormatter: value => money(value) },
      legend: { data: [texts['this-year'], texts['year-before']] },
      grid: { left: 8, right: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: answer.cells.map(c => monthName(c.key)) },
      yAxis: { type: 'value', axisLabel: { formatter: value => new Intl.NumberFormat(locale, { notation: 'compact' }).format(value) } },
      series: [
        { name: texts['this-year'], type: 'bar', data: answer.cells.map(c => c.amount === null ? null : Number(c.amount)) },
        { name: texts['year-before'], type: 'line', data: answer.cells.map(c => c.previousAmount === null ? null : Number(c.previousAmount)) }
      ]
    }, true);
    table(document.getElementById('time-table'), [
      { title: texts.month, value: c => monthName(c.key) },
      { title: texts.amount, value: c => money(c.amount), number: true },
      { title: texts.redemptions, value: c => count(c.redemptions), number: true },
      { title: texts.shoppers, value: c => count(c.shoppers), number: true },
      { title: texts['year-before'], value: c => c.previousAmount === null ? '' : money(c.previousAmount), number: true },
      { title: texts.change, value: c => percent(c.changePercent), number: true }
    ], answer.cells);
  }

  async function where() {
    const level = state.sector ? 'merchant' : state.city ? 'sector' : 'city';
    const answer = await measure('spending', filters(level === 'merchant' ? { groupBy: 'merchant', top: '20' } : { groupBy: level }));
    const name = level === 'city' ? c => cityName(c.key) : level === 'sector' ? c => sectorName(c.key) : c => c.label;
    document.getElementById('where-heading').textContent = level === 'city' ? texts['by-city'] : level === 'sector' ? texts['by-sector'] : texts.shop;
    document.getElementById('where-downloads').dataset.query = level === 'merchant' ? 'groupBy=merchant' : 'groupBy=' + level;
    const shown = answer.cells.filter(c => !c.suppressed).sort((a, b) => Number(a.amount) - Number(b.amount));
    const whereChart = chart('where-chart');
    whereChart.setOption({
      color: palette,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: value => money(value) },
      grid: { left: 8, right: 24, bottom: 8, top: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { formatter: value => new Intl.NumberFormat(locale, { notation: 'compact' }).format(value) } },
      yAxis: { type: 'category', data: shown.map(name) },
      series: [{ type: 'bar', data: shown.map(c => ({ value: Number(c.amount), key: c.key })) }]
    }, true);
    if (level === 'city') cityMap(answer.cells);
    whereChart.off('click');
    if (level !== 'merchant') {
      whereChart.on('click', event => level === 'city' ? drill(event.data.key, '') : drill(state.city, event.data.key));
    }
    table(document.getElementById('where-table'), [
      { title: level === 'city' ? texts.city : level === 'sector' ? texts.sector : texts.shop,
        value: c => level === 'merchant' || c.suppressed ? name(c) : button(name(c), () => level === 'city' ? drill(c.key, '') : drill(state.city, c.key)) },
      { title: texts.amount, value: c => money(c.amount), number: true },
      { title: texts.redemptions, value: c => count(c.redemptions), number: true },
      { title: texts.shoppers, value: c => count(c.shoppers), number: true }
    ], answer.cells);
  }

  // ---------------------------------------------------------------- the map of spending by city (Leaflet)
  let spendingMap = null;
  let circles = null;

  /** A circle at each city's centre, its area in proportion to the money spent there; a click drills into the city. */
  function cityMap(cells) {
    const element = document.getElementById('spending-map');
    const centres = texts.centres || {};
    const shown = cells.filter(c => !c.suppressed && Number(c.amount) > 0 && centres[c.key]);
    if (!window.L || !Object.keys(centres).length) {
      document.getElementById('map-section').hidden = true;
      return;
    }
    if (!spendingMap) {
      spendingMap = L.map(element, { scrollWheelZoom: false });
      L.tileLayer(element.dataset.tiles, { maxZoom: 14, attribution: element.dataset.attribution }).addTo(spendingMap);
      circles = L.layerGroup().addTo(spendingMap);
    }
    circles.clearLayers();
    const largest = Math.max(1, ...shown.map(c => Number(c.amount)));
    shown.forEach(c => {
      const circle = L.circleMarker(centres[c.key], {
        radius: 6 + 30 * Math.sqrt(Number(c.amount) / largest), color: '#0b5d3b', weight: 2, fillColor: '#1f8a5c', fillOpacity: .55, city: c.key
      });
      circle.bindTooltip(cityName(c.key) + ': ' + money(c.amount));
      circle.on('click', () => drill(c.key, ''));
      circle.addTo(circles);
    });
    const everyCity = Object.values(centres);
    spendingMap.fitBounds(shown.length ? shown.map(c => centres[c.key]) : everyCity, { padding: [30, 30], maxZoom: 11 });
    // drawn once the map has its view: name each circle's city (for tests and assistive tools)
    circles.eachLayer(layer => { if (layer.getElement()) layer.getElement().setAttribute('data-city', layer.options.city); });
  }

  async function flows() {
    const params = filters({ by: 'issuer' });
    params.delete('sectors');
    const answer = await measure('flows', params);
    const links = answer.cities.filter(f => !f.suppressed && Number(f.amount) > 0);
    const nodes = new Map();
    links.forEach(f => { nodes.set('o:' + f.from, cityName(f.from)); nodes.set('d:' + f.to, cityName(f.to)); });
    // on a phone the flows run from top to bottom, names beside the nodes
    const narrow = document.getElementById('flow-chart').clientWidth < 600;
    chart('flow-chart').setOption({
      color: palette,
      tooltip: { trigger: 'item', valueFormatter: value => money(value) },
      series: [{
        type: 'sankey', emphasis: { focus: 'adjacency' }, nodeGap: 6, orient: narrow ? 'vertical' : 'horizontal',
        left: 8, right: narrow ? 8 : 110, top: narrow ? 24 : 8, bottom: narrow ? 24 : 8,
        data: [...nodes.keys()].map(id => ({ name: id })),
        label: { formatter: params => nodes.get(params.name) },
        links: links.map(f => ({ source: 'o:' + f.from, target: 'd:' + f.to, value: Number(f.amount) })),
        lineStyle: { color: 'gradient', opacity: 0.4 }
      }]
    }, true);
    table(document.getElementById('flow-table'), [
      { title: texts.from, value: f => countryName(f.from) },
      { title: texts.to, value: f => countryName(f.to) },
      { title: texts.amount, value: f => money(f.amount), number: true },
      { title: texts.shoppers, value: f => count(f.shoppers), number: true }
    ], answer.countries);
  }

  async function shops() {
    const answer = await measure('spending', filters({ groupBy: 'merchant', top: '10' }));
    table(document.getElementById('shops-table'), [
      { title: texts.shop, value: c => c.label },
      { title: texts.amount, value: c => money(c.amount), number: true },
      { title: texts.redemptions, value: c => count(c.redemptions), number: true },
      { title: texts.shoppers, value: c => count(c.shoppers), number: true }
    ], answer.cells);
  }

  async function vouchers() {
    const params = filters({ groupBy: 'issuer' });
    params.delete('sectors');
    const answer = await measure('vouchers', params);
    // added in cents (whole numbers), shown in units: no binary fractions in money
    const outstanding = answer.cells.filter(c => !c.suppressed).reduce((cents, c) => cents + Math.round(Number(c.outstanding) * 100), 0) / 100;
    const kpis = document.getElementById('kpis');
    const dt = document.createElement('dt');
    dt.textContent = texts.float;
    const dd = document.createElement('dd');
    dd.textContent = money(outstanding);
    kpis.append(dt, dd);
    table(document.getElementById('vouchers-table'), [
      { title: texts.issuer, value: c => cityName(c.key) },
      { title: texts.sold, value: c => count(c.sold), number: true },
      { title: texts['sold-value'], value: c => money(c.soldValue), number: true },
      { title: texts.redeemed, value: c => money(c.redeemed), number: true },
      { title: texts.breakage, value: c => money(c.breakage), number: true },
      { title: texts.refunds, value: c => money(c.refunds), number: true },
      { title: texts.outstanding, value: c => money(c.outstanding), number: true }
    ], answer.cells);
  }

  async function show() {
    writeState();
    crumbs();
    downloads();
    status.className = 'status';
    status.textContent = texts.loading;
    document.body.dataset.state = 'loading';
    try {
      // the time series first (it writes the figures at a glance the vouchers add to)
      await overTime();
      await Promise.all([where(), flows(), shops(), vouchers()]);
      status.textContent = '';
      document.body.dataset.state = 'shown';
    } catch (e) {
      status.className = 'status error';
      status.textContent = e instanceof Problem ? e.message : texts.unavailable;
      document.body.dataset.state = 'failed';
    }
  }

  // ---------------------------------------------------------------- filters
  const form = document.getElementById('filters');
  document.getElementById('from').value = state.from;
  document.getElementById('to').value = state.to;
  document.getElementById('city').value = state.city;
  document.getElementById('currency').value = state.currency;
  form.addEventListener('submit', event => {
    event.preventDefault();
    const city = document.getElementById('city').value;
    state = {
      from: document.getElementById('from').value, to: document.getElementById('to').value,
      city, sector: city === state.city ? state.sector : '', currency: document.getElementById('currency').value
    };
    show();
  });
  show();
})();
