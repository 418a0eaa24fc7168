'use strict';
// Garbage in every argument position of the url module, and of the URL and URLSearchParams
// statics, constructors and methods: the same errors as node.
require('../common');
const badInput = require('../common/bad-input');
const url = require('url');

const { URL, URLSearchParams } = url;
const freshURL = () => new URL('https://user:pass@example.com:8080/a/b?c=d#e');
const freshParams = () => new URLSearchParams('a=1&b=2&a=3');
const targets = {
  ...badInput.functionsOf(url, 'url', ['URL', 'URLSearchParams', 'Url']),
  ...badInput.functionsOf(URL, 'URL'),
  ...badInput.methodsOf(URL.prototype, 'href', badInput.methodNames(URL.prototype), freshURL),
  ...badInput.settersOf(URL.prototype, 'href', freshURL),
  ...badInput.methodsOf(URLSearchParams.prototype, 'params',
                        badInput.methodNames(URLSearchParams.prototype), freshParams,
                        { args: ['a', '1'] }),
  'new URL': [undefined, badInput.construct(URL), { args: ['/x'] }],
  'new URLSearchParams': [undefined, badInput.construct(URLSearchParams)],
  'new Url': [undefined, badInput.construct(url.Url)],
};
targets['url.parse'][2] = { args: ['http://a/b?c', true, true] };
targets['url.resolve'][2] = { args: ['http://a/b', '../c'] };
targets['url.resolveObject'][2] = { args: ['http://a/b', '../c'] };
targets['url.format'][2] = { args: [new URL('http://a/b?c#d'), { fragment: false }] };
targets['URL.canParse'][2] = { args: ['/x', 'http://a/'] };

Object.assign(targets,
              badInput.receiversOf(URL.prototype, 'URL'),
              badInput.receiversOf(URLSearchParams.prototype, 'URLSearchParams'),
              badInput.receiversOf(url.Url.prototype, 'Url'));

badInput.check(__filename, targets);
