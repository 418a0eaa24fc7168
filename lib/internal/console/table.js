'use strict';
// console.table in two steps: tabulate() turns the data into named columns of formatted
// cells, renderTable() draws them in a box, each column as wide as its widest cell and the
// cells left-aligned.

const { getStringWidth } = require('internal/util/string_width');
const { isMap, isSet, isMapIterator, isSetIterator } = internalBinding('types');
const { previewEntries } = internalBinding('util');

const kIndexHeader = '(index)';
const kIterationIndexHeader = '(iteration index)';
const kKeyHeader = 'Key';
const kValuesHeader = 'Values';

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function iterationIndexes(count, formatCell) {
  return Array.from({ length: count }, (_, index) => formatCell(index));
}

// Maps and Sets (and iterators over them) list their entries as they are, without looking
// into the values: an index column, a Key column for maps, then Values.
function tabulateCollection(data, formatCell) {
  let entries;
  let isKeyValue;
  if (isMapIterator(data) || isSetIterator(data)) {
    [entries, isKeyValue] = previewEntries(data, true);
  } else if (isMap(data)) {
    entries = [];
    for (const [key, value] of data) entries.push(key, value);
    isKeyValue = true;
  } else {
    entries = [...data];
    isKeyValue = false;
  }
  if (isKeyValue) {
    const keys = [];
    const values = [];
    for (let i = 0; i < entries.length; i += 2) {
      keys.push(formatCell(entries[i]));
      values.push(formatCell(entries[i + 1]));
    }
    return {
      header: [kIterationIndexHeader, kKeyHeader, kValuesHeader],
      columns: [iterationIndexes(keys.length, formatCell), keys, values],
    };
  }
  const values = entries.map(formatCell);
  return {
    header: [kIterationIndexHeader, kValuesHeader],
    columns: [iterationIndexes(values.length, formatCell), values],
  };
}

// Anything else: one row per own enumerable key of `data`. Object rows spread into one
// column per property (the given `properties`, or every key met); primitive rows go to a
// trailing Values column, which `properties` suppresses.
function tabulateRows(data, properties, formatCell) {
  const rowKeys = Object.keys(data);
  // Columns live in a null-prototype object so that they come out in property order
  // (integer-like names first), as node lists them.
  const columnsByName = Object.create(null);
  const primitiveValues = [];
  let hasPrimitiveRow = false;
  rowKeys.forEach((rowKey, row) => {
    const item = data[rowKey];
    const primitive = isPrimitive(item);
    if (primitive && properties === undefined) {
      hasPrimitiveRow = true;
      primitiveValues[row] = formatCell(item);
      return;
    }
    for (const name of properties ?? Object.keys(item)) {
      const column = (columnsByName[name] ??= []);
      const present = !primitive && Object.prototype.hasOwnProperty.call(item, name);
      column[row] = present ? formatCell(item[name]) : '';
    }
  });
  const header = [kIndexHeader, ...Object.keys(columnsByName)];
  const columns = [rowKeys, ...Object.values(columnsByName)];
  if (hasPrimitiveRow) {
    header.push(kValuesHeader);
    columns.push(primitiveValues);
  }
  return { header, columns };
}

function tabulate(data, properties, formatCell) {
  if (isMap(data) || isSet(data) || isMapIterator(data) || isSetIterator(data)) {
    return tabulateCollection(data, formatCell);
  }
  return tabulateRows(data, properties, formatCell);
}

// Draws `columns` (arrays of cell strings, possibly sparse: a hole is an empty cell) under
// `header`; the first column decides how many rows there are.
function renderTable(header, columns) {
  const rowCount = columns[0].length;
  const cell = (column, row) => columns[column][row] ?? '';
  const widths = header.map((name, column) => {
    let width = getStringWidth(name);
    for (let row = 0; row < rowCount; row++) {
      width = Math.max(width, getStringWidth(cell(column, row)));
    }
    return width;
  });
  const line = (left, middle, right) =>
    `${left}${widths.map((width) => '─'.repeat(width + 2)).join(middle)}${right}`;
  const renderRow = (cells) =>
    `│ ${cells.map((text, column) => text + ' '.repeat(widths[column] - getStringWidth(text))).join(' │ ')} │`;

  const lines = [line('┌', '┬', '┐'), renderRow(header), line('├', '┼', '┤')];
  for (let row = 0; row < rowCount; row++) {
    lines.push(renderRow(header.map((_, column) => cell(column, row))));
  }
  lines.push(line('└', '┴', '┘'));
  return lines.join('\n');
}

module.exports = { tabulate, renderTable };
