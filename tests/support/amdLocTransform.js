// Turns an SPFx AMD loc file (define([], function () { return {...}; })) into CommonJS for jest.
module.exports = {
  process(source) {
    return {
      code: `var define = function (deps, factory) { module.exports = factory(); };\n${source}`
    };
  }
};
