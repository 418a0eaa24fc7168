'use strict';
// Garbage in every argument position of the url module, and of the URL and URLSearchParams
// statics, constructors and methods: the same errors as node.
require('../common');
const badInput = require('../common/bad-input');
const url = require('url');

const { URL, URLSearchParams } = url;
function methodNames(prototype) {
  return Object.getOwnPropertyNames(prototype).filter((name) => {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    return name !== 'constructor' && typeof descriptor.value === 'function';
  });
}
function setterTargets(prototype, prefix, fresh) {
  const targets = {};
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    if (typeof descriptor.set === 'function') {
      targets[`${prefix}.${name}=`] = [undefined, descriptor.set, { args: [], fresh }];
    }
  }
  return targets;
}

const freshURL = () => new URL('https://user:pass@example.com:8080/a/b?c=d#e');
const freshParams = () => new URLSearchParams('a=1&b=2&a=3');
const targets = {
  ...badInput.functionsOf(url, 'url', ['URL', 'URLSearchParams', 'Url']),
  ...badInput.functionsOf(URL, 'URL'),
  ...badInput.methodsOf(URL.prototype, 'href', methodNames(URL.prototype), freshURL),
  ...setterTargets(URL.prototype, 'href', freshURL),
  ...badInput.methodsOf(URLSearchParams.prototype, 'params', methodNames(URLSearchParams.prototype),
                        freshParams, { args: ['a', '1'] }),
  'new URL': [undefined, function(...args) { return new URL(...args); }, { args: ['/x'] }],
  'new URLSearchParams': [undefined, function(...args) { return new URLSearchParams(...args); }],
  'new Url': [undefined, function(...args) { return new url.Url(...args); }],
};
targets['url.parse'][2] = { args: ['http://a/b?c', true, true] };
targets['url.resolve'][2] = { args: ['http://a/b', '../c'] };
targets['url.resolveObject'][2] = { args: ['http://a/b', '../c'] };
targets['url.format'][2] = { args: [new URL('http://a/b?c#d'), { fragment: false }] };
targets['URL.canParse'][2] = { args: ['/x', 'http://a/'] };

badInput.check(__filename, targets);
