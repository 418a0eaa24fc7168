'use strict';
// console.table's box drawing: columns sized to the widest cell, centred content.

const { stripVTControlCharacters } = require('internal/util/inspect');

function displayWidth(text) {
  let width = 0;
  for (const char of stripVTControlCharacters(text)) {
    const code = char.codePointAt(0);
    // East Asian wide and emoji ranges take two columns.
    width += (code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) ||
              (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
              (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
              (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1faff) ||
              (code >= 0x20000 && code <= 0x3fffd))) ? 2 : 1;
  }
  return width;
}

function renderRow(cells, widths) {
  const parts = cells.map((cell, i) => {
    const gap = widths[i] - displayWidth(cell);
    const left = Math.floor(gap / 2);
    return `${' '.repeat(left)}${cell}${' '.repeat(gap - left)}`;
  });
  return `│ ${parts.join(' │ ')} │`;
}

function drawTable(header, rows) {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))) + 2);
  const inner = widths.map((w) => w - 2);
  const line = (l, m, r) => `${l}${widths.map((w) => '─'.repeat(w)).join(m)}${r}`;
  const out = [line('┌', '┬', '┐'), renderRow(header, inner), line('├', '┼', '┤')];
  for (const row of rows) out.push(renderRow(header.map((_, i) => row[i] ?? ''), inner));
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function renderTable(data, properties, format) {
  const indexHeader = '(index)';
  const valuesHeader = 'Values';
  let entries;
  let indexKey = indexHeader;
  if (data instanceof Map) {
    indexKey = '(iteration index)';
    entries = [...data].map(([k, v], i) => [String(i), v, k]);
  } else if (data instanceof Set) {
    indexKey = '(iteration index)';
    entries = [...data].map((v, i) => [String(i), v]);
  } else {
    entries = Object.keys(data).map((k) => [k, data[k]]);
  }
  const isMap = data instanceof Map;
  const columns = [];
  const columnIndex = new Map();
  let hasValues = false;
  const rows = [];
  for (const [key, value, mapKey] of entries) {
    const row = { index: key, cells: new Map(), value: undefined, hasValue: false };
    if (isMap) row.cells.set('Key', format(mapKey));
    if (!isPrimitive(value)) {
      for (const prop of properties ?? Object.keys(value)) {
        if (!columnIndex.has(prop)) {
          columnIndex.set(prop, columns.length);
          columns.push(prop);
        }
        if (properties === undefined || Object.prototype.hasOwnProperty.call(value, prop)) {
          row.cells.set(prop, format(value[prop]));
        }
      }
    } else {
      row.value = format(value);
      row.hasValue = true;
      hasValues = true;
    }
    rows.push(row);
  }
  if (properties !== undefined) {
    for (const prop of properties) {
      if (!columnIndex.has(prop)) {
        columnIndex.set(prop, columns.length);
        columns.push(prop);
      }
    }
  }
  const header = [indexKey, ...(isMap ? ['Key'] : []), ...columns, ...(hasValues && properties === undefined ? [valuesHeader] : [])];
  const body = rows.map((row) => [
    row.index,
    ...(isMap ? [row.cells.get('Key')] : []),
    ...columns.map((c) => row.cells.get(c) ?? ''),
    ...(hasValues && properties === undefined ? [row.hasValue ? row.value : ''] : []),
  ]);
  return drawTable(header.map(String), body);
}

module.exports = { renderTable };
