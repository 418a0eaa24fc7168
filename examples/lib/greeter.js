'use strict';
const EventEmitter = require('events');

class Greeter extends EventEmitter {
  greet(name) {
    const text = `hello, ${name}`;
    this.emit('greeted', name);
    return text;
  }
}

module.exports = { Greeter };
