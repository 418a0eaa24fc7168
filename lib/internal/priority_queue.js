'use strict';
// A binary min-heap. `compare(a, b) < 0` puts a first; `setPosition(item, index)` lets
// items know where they sit, so one can be removed or re-sorted without a search.

class PriorityQueue {
  #heap = [undefined];  // 1-based
  #size = 0;
  #compare;
  #setPosition;

  constructor(compare, setPosition = () => {}) {
    this.#compare = compare;
    this.#setPosition = setPosition;
  }

  get size() { return this.#size; }

  peek() { return this.#heap[1]; }

  insert(item) {
    const heap = this.#heap;
    let index = ++this.#size;
    heap[index] = item;
    this.#setPosition(item, index);
    this.#siftUp(index);
  }

  shift() {
    if (this.#size === 0) return undefined;
    const top = this.#heap[1];
    this.removeAt(1);
    return top;
  }

  removeAt(index) {
    const heap = this.#heap;
    const last = this.#size--;
    if (index !== last) {
      heap[index] = heap[last];
      this.#setPosition(heap[index], index);
      heap[last] = undefined;
      if (index > 1 && this.#compare(heap[index], heap[index >> 1]) < 0) this.#siftUp(index);
      else this.percolateDown(index);
    } else {
      heap[last] = undefined;
    }
  }

  percolateDown(index) {
    const heap = this.#heap;
    const size = this.#size;
    const item = heap[index];
    for (;;) {
      let child = index * 2;
      if (child > size) break;
      if (child + 1 <= size && this.#compare(heap[child + 1], heap[child]) < 0) child++;
      if (this.#compare(heap[child], item) >= 0) break;
      heap[index] = heap[child];
      this.#setPosition(heap[index], index);
      index = child;
    }
    heap[index] = item;
    this.#setPosition(item, index);
  }

  #siftUp(index) {
    const heap = this.#heap;
    const item = heap[index];
    while (index > 1) {
      const parent = index >> 1;
      if (this.#compare(heap[parent], item) <= 0) break;
      heap[index] = heap[parent];
      this.#setPosition(heap[index], index);
      index = parent;
    }
    heap[index] = item;
    this.#setPosition(item, index);
  }
}

module.exports = PriorityQueue;
