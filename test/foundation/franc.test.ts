/**
 * src/text/franc.ts is franc 6.2.0 with its model built lazily: it must give
 * franc's own answers, with and without the language list language.ts passes.
 */
import { franc as upstream } from 'franc';
import { describe, expect, it } from 'vitest';
import lexicon from '../../src/lexicons/fr/function-words.json' with { type: 'json' };
import { franc } from '../../src/text/franc.js';

const SAMPLES = [
  "Les forces armées ont repoussé une attaque contre un poste militaire dans la nuit de samedi à dimanche, selon l'état-major.",
  'The armed forces repelled an attack on a military post overnight on Saturday, according to the general staff.',
  'Las fuerzas armadas repelieron un ataque contra un puesto militar durante la noche del sábado, según el estado mayor.',
  'Die Streitkräfte wehrten in der Nacht zum Sonntag einen Angriff auf einen Militärposten ab, teilte der Generalstab mit.',
  "Le forze armate hanno respinto un attacco contro un posto militare nella notte tra sabato e domenica, secondo lo stato maggiore.",
  'As forças armadas repeliram um ataque contra um posto militar na noite de sábado, segundo o estado-maior.',
  'Вооружённые силы отразили нападение на военный пост в ночь на воскресенье, сообщил генеральный штаб.',
  'صدت القوات المسلحة هجوما على موقع عسكري ليلة السبت بحسب هيئة الأركان العامة للجيش.',
  'De strijdkrachten sloegen in de nacht van zaterdag op zondag een aanval op een militaire post af, aldus de generale staf.',
  'Silahlı kuvvetler cumartesi gecesi bir askeri karakola yapılan saldırıyı püskürttü, genelkurmay açıkladı.',
  'Kikosi cha jeshi kilizima shambulio dhidi ya kambi ya kijeshi usiku wa Jumamosi, kwa mujibu wa makao makuu.',
  'Ba, ba, ba 123 456 !!!',
  'court',
  '',
  '1234567890 1234567890 1234567890',
  '🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂',
  '戦闘は土曜日の夜に始まり、軍は基地を守ったと参謀本部が発表した。',
];

describe('franc, with its model built lazily', () => {
  for (const text of SAMPLES) {
    it(JSON.stringify(text.slice(0, 30)), () => {
      expect(franc(text)).toBe(upstream(text));
      expect(franc(text, { minLength: 20, only: lexicon.francLanguages })).toBe(upstream(text, { minLength: 20, only: [...lexicon.francLanguages] }));
    });
  }
});
