'use strict';
// The "+ actual - expected" listing of assert's messages. Node.js 20 lines the two inspected
// values up row by row (it does not search for a shortest edit script), so this does too:
// - the identical lines both values end with are cut, keeping the last three of them and,
//   when more than three, the first of them (with "..." between when lines were left out);
// - rows that differ print the actual line ("+") at once and hold the expected line ("-")
//   back until the next identical row, so a run of changes reads "+ + + - - -";
// - a line that differs from its partner only by a trailing comma counts as identical;
// - of a run of identical rows before a change, the first two and the last two are shown;
// - after 50 printed lines the listing stops.

const MAX_PRINTED_LINES = 50;

const NO_COLORS = { plus: '+', minus: '-', ellipsis: '...' };

// Returns the lines of the listing and whether any line was left out, or null when the two
// inputs are identical line for line.
function diffLines(actualLines, expectedLines, marks = NO_COLORS) {
  let actualEnd = actualLines.length;
  let expectedEnd = expectedLines.length;
  while (actualEnd > 0 && expectedEnd > 0 &&
         actualLines[actualEnd - 1] === expectedLines[expectedEnd - 1]) {
    actualEnd--;
    expectedEnd--;
  }
  const rowCount = Math.max(actualEnd, expectedEnd);
  if (rowCount === 0) return null;

  const listing = new Listing(marks);
  listing.commonTail = actualLines.slice(actualEnd);

  const pairedRows = Math.min(actualEnd, expectedEnd);
  const actualIsLonger = actualEnd >= expectedEnd;
  // Context lines are printed from the longer input, as Node.js does.
  const contextSource = actualIsLonger ? actualLines : expectedLines;

  for (let row = 0; row < rowCount; row++) {
    if (row >= pairedRows) {
      listing.showHiddenContext(contextSource, row);
      if (actualIsLonger) listing.addActual(actualLines[row]);
      else listing.addExpected(expectedLines[row]);
    } else {
      const [same, shown] = compareRow(actualLines[row], expectedLines[row]);
      if (same) {
        listing.addSame(shown);
      } else {
        listing.showHiddenContext(contextSource, row);
        listing.addActual(actualLines[row]);
        listing.addExpected(expectedLines[row]);
      }
    }
    if (listing.printed > MAX_PRINTED_LINES && row < rowCount - 2) return listing.cutShort();
  }
  return listing.finish();
}

// Two lines that differ only by a trailing comma are shown as the one with the comma.
function compareRow(actualLine, expectedLine) {
  if (actualLine === expectedLine) return [true, actualLine];
  if (actualLine.endsWith(',') && actualLine.slice(0, -1) === expectedLine) return [true, actualLine];
  if (expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) return [true, expectedLine];
  return [false];
}

class Listing {
  constructor(marks) {
    this.marks = marks;
    this.lines = [];
    this.heldExpected = [];
    this.sameRun = 0;
    this.printed = 0;
    this.skipped = false;
    this.commonTail = [];
  }

  addSame(text) {
    this.releaseExpected();
    this.sameRun++;
    if (this.sameRun <= 2) this.print(`  ${text}`);
  }

  addActual(text) {
    this.print(`${this.marks.plus} ${text}`);
  }

  addExpected(text) {
    this.heldExpected.push(`${this.marks.minus} ${text}`);
    this.printed++;
  }

  releaseExpected() {
    this.lines.push(...this.heldExpected);
    this.heldExpected = [];
  }

  print(line) {
    this.lines.push(line);
    this.printed++;
  }

  // The identical rows right before `row` beyond the first two printed ones: the last two are
  // shown (three when exactly three are hidden), with "..." for anything before them.
  showHiddenContext(source, row) {
    const hidden = this.sameRun - 2;
    this.sameRun = 0;
    if (hidden <= 0) return;
    let shown = hidden;
    if (hidden > 3) {
      this.lines.push(this.marks.ellipsis);
      this.skipped = true;
      shown = 2;
    }
    for (let back = shown; back > 0; back--) this.print(`  ${source[row - back]}`);
  }

  tailLines() {
    const tail = this.commonTail;
    const result = [];
    if (tail.length > 3) result.push(`  ${tail[0]}`);
    if (tail.length > 4) {
      result.push(this.marks.ellipsis);
      this.skipped = true;
    }
    for (const line of tail.slice(-3)) result.push(`  ${line}`);
    return result;
  }

  finish() {
    const tail = this.tailLines();
    return { lines: [...this.lines, ...this.heldExpected, ...tail], skipped: this.skipped };
  }

  cutShort() {
    const { ellipsis } = this.marks;
    return { lines: [...this.lines, ellipsis, ...this.heldExpected, ellipsis], skipped: true };
  }
}

module.exports = { diffLines };
