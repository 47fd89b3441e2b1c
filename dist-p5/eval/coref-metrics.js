const f1 = (c) => {
    const p = c.pd ? c.pn / c.pd : 0;
    const r = c.rd ? c.rn / c.rd : 0;
    return { p: 100 * p, r: 100 * r, f1: p + r ? (200 * p * r) / (p + r) : 0 };
};
function index(cl) {
    const m = new Map();
    cl.forEach((c, i) => {
        for (const x of c)
            m.set(x, i);
    });
    return m;
}
function mucSide(a, b) {
    const ib = index(b);
    let num = 0;
    let den = 0;
    for (const c of a) {
        const parts = new Set(c.map((x) => (ib.has(x) ? `c${ib.get(x)}` : `s${x}`)));
        num += c.length - parts.size;
        den += c.length - 1;
    }
    return [num, den];
}
function b3Side(a, b) {
    const ib = index(b);
    let num = 0;
    let den = 0;
    for (const c of a) {
        for (const x of c) {
            const j = ib.get(x);
            if (j !== undefined) {
                const other = new Set(b[j]);
                num += c.filter((y) => other.has(y)).length / c.length;
            }
            den++;
        }
    }
    return [num, den];
}
/** Maximum-weight assignment (Hungarian algorithm on a square cost matrix, minimising -w). */
function bestAssignment(w) {
    const n = Math.max(w.length, w[0]?.length ?? 0);
    if (!n)
        return 0;
    const cost = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i && j ? -(w[i - 1]?.[j - 1] ?? 0) : 0)));
    const u = new Float64Array(n + 1);
    const v = new Float64Array(n + 1);
    const p = new Int32Array(n + 1);
    const way = new Int32Array(n + 1);
    for (let i = 1; i <= n; i++) {
        p[0] = i;
        let j0 = 0;
        const minv = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
        const used = new Uint8Array(n + 1);
        do {
            used[j0] = 1;
            const i0 = p[j0];
            let delta = Number.POSITIVE_INFINITY;
            let j1 = 0;
            for (let j = 1; j <= n; j++) {
                if (used[j])
                    continue;
                const cur = cost[i0][j] - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for (let j = 0; j <= n; j++) {
                if (used[j]) {
                    u[p[j]] += delta;
                    v[j] -= delta;
                }
                else
                    minv[j] -= delta;
            }
            j0 = j1;
        } while (p[j0] !== 0);
        do {
            const j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0);
    }
    let total = 0;
    for (let j = 1; j <= n; j++)
        if (p[j])
            total += -cost[p[j]][j];
    return total;
}
/** Scores a response against a key (both lists of clusters of mention ids), summed over documents. */
export class CorefScorer {
    muc = { pn: 0, pd: 0, rn: 0, rd: 0 };
    b3 = { pn: 0, pd: 0, rn: 0, rd: 0 };
    ceaf = { pn: 0, pd: 0, rn: 0, rd: 0 };
    add(key, response) {
        const [mrn, mrd] = mucSide(key, response);
        const [mpn, mpd] = mucSide(response, key);
        this.muc.rn += mrn;
        this.muc.rd += mrd;
        this.muc.pn += mpn;
        this.muc.pd += mpd;
        const [brn, brd] = b3Side(key, response);
        const [bpn, bpd] = b3Side(response, key);
        this.b3.rn += brn;
        this.b3.rd += brd;
        this.b3.pn += bpn;
        this.b3.pd += bpd;
        const sim = key.map((k) => {
            const ks = new Set(k);
            return response.map((r) => (2 * r.filter((x) => ks.has(x)).length) / (k.length + r.length));
        });
        const total = key.length && response.length ? bestAssignment(sim) : 0;
        this.ceaf.rn += total;
        this.ceaf.rd += key.length;
        this.ceaf.pn += total;
        this.ceaf.pd += response.length;
    }
    scores() {
        const r = (x) => ({
            p: Math.round(x.p * 100) / 100,
            r: Math.round(x.r * 100) / 100,
            f1: Math.round(x.f1 * 100) / 100,
        });
        const muc = f1(this.muc);
        const b3 = f1(this.b3);
        const ceaf = f1(this.ceaf);
        return {
            muc: r(muc),
            b3: r(b3),
            ceafe: r(ceaf),
            conll: { f1: Math.round(((muc.f1 + b3.f1 + ceaf.f1) / 3) * 100) / 100 },
        };
    }
}
