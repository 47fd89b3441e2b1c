import { DatelineError } from '../model/errors.js';
/**
 * Orders stages so every `needs` is made by an earlier stage, then freezes the list.
 * With `only`, stages outside the list are left out; a needed layer that none of the chosen stages
 * makes is then taken as given by the input (it may be empty).
 */
export function orderStages(all, only) {
    const byName = new Map(all.map((s) => [s.name, s]));
    for (const name of only ?? []) {
        if (!byName.has(name)) {
            throw new DatelineError('DL_PIPELINE_UNKNOWN_STAGE', '-', `no stage "${name}" (stages: ${[...byName.keys()].join(', ')})`);
        }
    }
    const chosen = only ? all.filter((s) => only.includes(s.name)) : [...all];
    const makers = new Map();
    for (const s of chosen)
        for (const l of s.makes)
            if (!makers.has(l))
                makers.set(l, s);
    const ordered = [];
    const state = new Map();
    const visit = (s) => {
        if (state.get(s) === 'done')
            return;
        if (state.get(s) === 'visiting') {
            throw new DatelineError('DL_PIPELINE_MISSING_LAYER', '-', `stage "${s.name}" is part of a cycle`);
        }
        state.set(s, 'visiting');
        for (const need of s.needs) {
            const maker = makers.get(need);
            if (maker && maker !== s)
                visit(maker);
            else if (!maker && !only) {
                throw new DatelineError('DL_PIPELINE_MISSING_LAYER', '-', `stage "${s.name}" needs "${need}"`);
            }
        }
        state.set(s, 'done');
        ordered.push(s);
    };
    for (const s of chosen)
        visit(s);
    return ordered;
}
/** Builds a frozen pipeline over the given stages; stages are initialised once here. */
export async function buildPipeline(all, opts = {}) {
    const ordered = orderStages(all, opts.only);
    const names = ordered.map((s) => s.name);
    const stages = Object.freeze(ordered.map((s) => s.within?.(names) ?? s));
    for (const s of stages)
        await s.init?.();
    const onStage = opts.onStage;
    return Object.freeze({
        stages,
        run(doc) {
            for (const s of stages) {
                const t0 = onStage ? performance.now() : 0;
                try {
                    s.run(doc);
                }
                catch (err) {
                    if (err instanceof DatelineError)
                        throw err;
                    throw new DatelineError('DL_STAGE_FAILED', doc.id, `stage ${s.name}: ${err.message}`, undefined, {
                        cause: err,
                    });
                }
                if (onStage)
                    onStage(s.name, performance.now() - t0);
            }
            return doc;
        },
    });
}
