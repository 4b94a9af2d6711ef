// NLP.js side of the peer comparison (run by run-nlpjs.sh): NlpManager trained on a Banking77 train CSV and
// tested on its test CSV. Prints one line: accuracy, training time, classifications per second (process(), one at a
// time, over whole passes of at least 5 s after 10 s of warm-up passes). Labels are folded like our Banking77 reader does (lower case, [a-z0-9_] only).
'use strict';
const fs = require('fs');
const { NlpManager } = require('node-nlp');

// The same as OpenNlpBanking77's.
const WARM_UP_SECONDS = 10;
const TIMED_SECONDS = 5;

function readBanking77(file) {
  const text = fs.readFileSync(file, 'utf8');
  const rows = [];
  let field = '', row = [], quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const header = rows.shift();
  if (!header || header.join(',') !== 'text,category') {
    throw new Error(`${file}:1: expected header text,category`);
  }
  return rows.map((r, i) => {
    if (r.length !== 2) throw new Error(`${file}:${i + 2}: expected 2 fields, found ${r.length}`);
    return { text: r[0].trim(), intent: r[1].trim().toLowerCase().replace(/[^a-z0-9_]/g, '') };
  });
}

async function main() {
  const [trainFile, testFile] = process.argv.slice(2);
  if (!trainFile || !testFile) {
    console.error('usage: node nlpjs-banking77.js <train.csv> <test.csv>');
    process.exit(2);
  }
  const train = readBanking77(trainFile);
  const test = readBanking77(testFile);
  const manager = new NlpManager({ languages: ['en'], autoSave: false, autoLoad: false, nlu: { log: false } });
  for (const u of train) manager.addDocument('en', u.text, u.intent);
  let started = process.hrtime.bigint();
  await manager.train();
  const trainingSeconds = Number(process.hrtime.bigint() - started) / 1e9;

  let correct = 0;
  const warmUpStarted = process.hrtime.bigint();
  for (const u of test) {
    const result = await manager.process('en', u.text);
    if (result.intent === u.intent) correct++;
  }
  // Both sides warm up for WARM_UP_SECONDS of whole passes over the test set (here the first is the accuracy pass),
  // then time whole passes for at least TIMED_SECONDS: V8 and the JVM both compile the hot code as it runs, and a
  // server classifies for hours.
  while (Number(process.hrtime.bigint() - warmUpStarted) / 1e9 < WARM_UP_SECONDS) {
    for (const u of test) await manager.process('en', u.text);
  }
  let passes = 0;
  started = process.hrtime.bigint();
  do {
    for (const u of test) await manager.process('en', u.text);
    passes++;
  } while (Number(process.hrtime.bigint() - started) / 1e9 < TIMED_SECONDS);
  const perSecond = passes * test.length / (Number(process.hrtime.bigint() - started) / 1e9);
  console.log(`nlpjs: train=${train.length} test=${test.length} accuracy=${(correct / test.length).toFixed(4)} `
    + `training=${trainingSeconds.toFixed(1)} s classifications/s=${perSecond.toFixed(0)} (process(), 1 thread)`);
}

main().catch((e) => { console.error(`nlpjs: ${e.message}`); process.exit(1); });
