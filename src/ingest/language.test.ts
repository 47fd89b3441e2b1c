import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessLanguage } from './language.js';

const ENGLISH = [
  'Russia’s Foreign Minister Sergey Lavrov said on Tuesday that withdrawing the invitation was a mistake, but not a catastrophe.',
  // foreign names and a quoted phrase must not tip it over
  'Marine Le Pen, the leader of the Front National, told Le Monde that the vote «ne change rien» and that her party would fight on in the regions.',
  'Angela Merkel and Olaf Scholz met Emmanuel Macron at the Élysée Palace in Paris, where they discussed the Nord Stream pipeline and the war in Ukraine.',
  'Президент Владимир Путин (President Vladimir Putin) was quoted by the Kremlin as saying that talks with Kyiv had stalled, but he did not rule out a meeting.',
];

const FOREIGN: [string, string][] = [
  [
    'fr',
    'Le ministre des Affaires étrangères a déclaré mardi que le retrait de l’invitation de l’Iran était une erreur, mais pas une catastrophe pour les négociations.',
  ],
  [
    'de',
    'Der russische Außenminister hat am Dienstag gesagt, dass die Rücknahme der Einladung an den Iran ein Fehler sei, aber keine Katastrophe für die Gespräche.',
  ],
  [
    'es',
    'El ministro de Asuntos Exteriores ruso dijo el martes que la retirada de la invitación a Irán fue un error, pero no una catástrofe para las negociaciones.',
  ],
  [
    'it',
    'Il ministro degli Esteri russo ha detto martedì che il ritiro dell’invito all’Iran è stato un errore, ma non una catastrofe per i negoziati di pace.',
  ],
  [
    'ru',
    'Министр иностранных дел России заявил во вторник, что отзыв приглашения Ирана был ошибкой, но не катастрофой для мирных переговоров.',
  ],
  [
    'zh',
    '俄罗斯外交部长周二表示，撤回对伊朗的邀请是一个错误，但不是一场灾难。和平谈判将于周三在瑞士蒙特勒开始。',
  ],
  ['ja', 'ロシアの外相は火曜日、イランへの招待を撤回したことは誤りだが、破局ではないと述べた。'],
];

test('English news passes, including foreign names and short quotes', () => {
  for (const s of ENGLISH) assert.equal(guessLanguage(s).english, true, s);
  assert.equal(guessLanguage(ENGLISH[0]).lang, 'en');
});

test('French, German, Spanish, Italian, Russian, Chinese, Japanese are caught and named', () => {
  for (const [lang, s] of FOREIGN) {
    const g = guessLanguage(s);
    assert.equal(g.english, false, s);
    assert.equal(g.lang, lang, s);
  }
});

test('too little to judge passes as undetermined', () => {
  assert.deepEqual(guessLanguage('Lavrov: Montreux'), { lang: 'und', english: true });
  assert.deepEqual(guessLanguage('2014-01-22 12:00'), { lang: 'und', english: true });
  // a list of names has letters but no function words
  assert.equal(
    guessLanguage('Sergey Lavrov, Ban Ki-moon, Bashar al-Assad, Lakhdar Brahimi, John Kerry').english,
    true,
  );
});
