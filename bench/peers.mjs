// The single-purpose passes the pipeline is compared with, each a function over one document.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export async function loadPeers() {
  const winkNlp = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const wink = winkNlp(model);
  const chrono = require('chrono-node');
  const { default: frCompromise } = await import('fr-compromise');
  const WORD = /\p{L}+/gu;
  return {
    'bare word scan': (text) => {
      let n = 0;
      WORD.lastIndex = 0;
      while (WORD.exec(text) !== null) n++;
      return n;
    },
    'chrono fr.parse': (text, ref) => chrono.fr.parse(text, ref).length,
    'wink-nlp readDoc': (text) => wink.readDoc(text).tokens().out().length,
    'fr-compromise': (text) => frCompromise(text).terms().length,
  };
}
