import { main } from './main.js';
// A closed pipe (`dateline extract … | head`) ends the run quietly.
process.stdout.on('error', (err) => {
    if (err.code === 'EPIPE')
        process.exit(0);
    throw err;
});
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`dateline: ${err?.stack ?? err}\n`);
    process.exitCode = 1;
});
