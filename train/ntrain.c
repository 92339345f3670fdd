/*
 * ntrain: train the nentities tagger, an averaged structured perceptron
 * over the features of lib/ents.c, and write its model as C (lib/tab/model.c).
 *
 * usage: ntrain [-e epochs] [-d dev] [-k weights] [-p dropout] [-o model.c] train
 *
 * -p N: in each epoch, N tokens in 1000 are trained without their own word
 * (lower-case and exact), so that shape, context and gazetteers learn more.
 *
 * Input (train/gum2train.py writes it): "#doc NAME" starts a document, then
 * one token a line, TOKEN<TAB>LABEL (O, B-PER, I-ORG...), a blank line
 * after each sentence.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ents.h"
#include "news.h"

#define NF	(1u << ENTS_FBITS)
#define MAXF	(ENTS_MAXWF * SL_N + ENTS_MAXCF + ENTS_MAXRF)

struct sent {
	size_t	a, n;		/* tokens [a, a + n) */
};

struct data {
	char		**word;
	uint8_t		*gold;
	uint32_t	*f;		/* features of token i at f[fa[i]..fa[i+1]) */
	size_t		*fa;
	size_t		 nt, ntcap, nfcap, facap;
	struct sent	*s;
	size_t		 ns, nscap;
};

static int32_t *W;		/* [NF][ENTS_NLAB] */
static int64_t *WA;		/* sums for the averages */
static int32_t T[(ENTS_NLAB + 1) * ENTS_NLAB];
static int64_t TA[(ENTS_NLAB + 1) * ENTS_NLAB];
static float *AW;		/* the averaged weights */
static float AT[(ENTS_NLAB + 1) * ENTS_NLAB];
static long long steps = 1;
static unsigned dropout;	/* per mille of tokens trained without their word */
static unsigned epoch;

/* Whether token t leaves out its word features in this epoch. */
static int
dropped(size_t t)
{
	uint64_t h = (uint64_t)t * 0x9e3779b97f4a7c15u ^ (uint64_t)epoch *
	    0xc2b2ae3d27d4eb4fu;

	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9u;
	h ^= h >> 32;
	return dropout && h % 1000 < dropout;
}

static int
labelno(const char *s)
{
	int t;

	if (strcmp(s, "O") == 0)
		return 0;
	for (t = 0; t < ENT_NTYPES; t++)
		if (strcmp(s + 2, ents_types[t]) == 0)
			return 1 + 2 * t + (s[0] == 'I');
	nu_die("bad label %s", s);
}

/* Word -> document flags, a small table per document. */
struct dflag {
	char	*w;
	unsigned f;
};

static struct dflag *dtab;
static size_t dcap;

static struct dflag *
dfind(const char *w)
{
	size_t h = 5381, j;
	const char *p;

	for (p = w; *p; p++)
		h = h * 33 + (unsigned char)*p;
	for (j = h & (dcap - 1); dtab[j].w != NULL; j = (j + 1) & (dcap - 1))
		if (strcmp(dtab[j].w, w) == 0)
			break;
	return dtab + j;
}

/* The gazetteer flags of word i of the array of words at arg. */
static unsigned
wordgaz(void *arg, size_t i)
{
	char **w = arg;

	return ents_gaz(w[i], strlen(w[i]));
}

/* Features of every token of the document's sentences s[s0..ns). */
static void
featurize(struct data *d, size_t s0)
{
	char lw[ENTS_WMAX + 1], tc[ENTS_WMAX + 1];
	size_t i, j, k, n, a, m, len, cap;
	struct dflag *q;
	uint32_t cf[ENTS_MAXCF], rf[ENTS_MAXRF];
	uint8_t *init, *capsent, *cc, *brk;
	uint16_t *rc;
	int lo, up, c, first;
	static const int slot[4] = { SL_P1, SL_P2, SL_N1, SL_N2 };
	static const int off[4] = { -1, -2, 1, 2 };

	init = nu_calloc(d->nt + 1, 1);
	capsent = nu_calloc(d->nt + 1, 1);
	for (k = s0; k < d->ns; k++) {
		lo = up = 0;
		first = 1;
		for (i = d->s[k].a; i < d->s[k].a + d->s[k].n; i++) {
			c = ents_capclass(d->word[i], strlen(d->word[i]));
			if (c && first) {
				init[i] = 1;
				first = 0;
			}
			lo += c == 1 || c == 2 || c == 6;
			up += c == 3;
		}
		for (i = d->s[k].a; i < d->s[k].a + d->s[k].n; i++)
			capsent[i] = lo == 0 && up >= 2;
	}
	n = d->s[s0].a;
	for (cap = 1024; cap < (d->nt - n) * 2; cap *= 2)
		;
	dcap = cap;
	dtab = nu_calloc(cap, sizeof(*dtab));
	for (i = n; i < d->nt; i++) {
		len = strlen(d->word[i]);
		if (len > ENTS_WMAX)
			len = ENTS_WMAX;
		ents_lower(d->word[i], len, lw);
		lw[len] = '\0';
		q = dfind(lw);
		if (q->w == NULL)
			q->w = nu_strdup(lw);
		q->f |= ents_docmark(ents_capclass(d->word[i], len), init[i],
		    capsent[i]);
	}
	/* sentences in capitals: as if written in running text */
	for (i = n; i < d->nt; i++) {
		if (!capsent[i])
			continue;
		len = strlen(d->word[i]);
		if (len > ENTS_WMAX)
			continue;
		ents_lower(d->word[i], len, lw);
		lw[len] = '\0';
		ents_truecase(d->word[i], len, dfind(lw)->f, tc);
		memcpy(d->word[i], tc, len);
		capsent[i] = 0;
	}
	/* the run codes, sentence by sentence */
	cc = nu_calloc(d->nt + 1, 1);
	brk = nu_calloc(d->nt + 1, 1);
	rc = nu_calloc(d->nt + 1, sizeof(*rc));
	for (k = s0; k < d->ns; k++) {
		a = d->s[k].a;
		for (i = a; i < a + d->s[k].n; i++) {
			len = strlen(d->word[i]);
			cc[i] = (uint8_t)ents_capclass(d->word[i], len);
			brk[i] = i == a;
		}
		ents_runcodes(cc + a, brk + a, 1, d->s[k].n, wordgaz,
		    d->word + a, rc + a);
	}
	for (k = s0; k < d->ns; k++) {
		a = d->s[k].a;
		for (i = a; i < a + d->s[k].n; i++) {
			const char *w = d->word[i];
			size_t nf = d->fa[i];

			d->f = nu_grow(d->f, &d->nfcap, (nf + MAXF) *
			    sizeof(*d->f));
			nf += ents_wordfeats(w, strlen(w), SL_SELF, d->f + nf,
			    ENTS_MAXWF);
			for (j = 0; j < 4; j++) {
				long p = (long)(i - a) + off[j];

				if (p < 0)
					w = "<s>";
				else if (p >= (long)d->s[k].n)
					w = "</s>";
				else
					w = d->word[a + (size_t)p];
				nf += ents_wordfeats(w, strlen(w), slot[j],
				    d->f + nf, ENTS_MAXWF);
			}
			len = strlen(d->word[i]);
			if (len > ENTS_WMAX)
				len = ENTS_WMAX;
			ents_lower(d->word[i], len, lw);
			lw[len] = '\0';
			ents_ctxfeats(ents_ctxcode(d->word[i], len, init[i],
			    capsent[i], dfind(lw)->f), cf);
			memcpy(d->f + nf, cf, sizeof(cf));
			nf += ENTS_MAXCF;
			m = ents_runfeats(rc[i], rf);
			memcpy(d->f + nf, rf, m * sizeof(*rf));
			nf += m;
			d->fa[i + 1] = nf;
		}
	}
	for (i = 0; i < cap; i++)
		free(dtab[i].w);
	free(dtab);
	free(init);
	free(capsent);
	free(cc);
	free(brk);
	free(rc);
}

static void
load(struct data *d, const char *path)
{
	FILE *fp;
	char *line = NULL, *tab;
	size_t lcap = 0, s0 = 0;
	ssize_t r;
	int insent = 0;

	if ((fp = fopen(path, "r")) == NULL)
		nu_die("%s:", path);
	d->fa = nu_grow(d->fa, &d->facap, 2 * sizeof(*d->fa));
	d->fa[0] = 0;
	for (;;) {
		r = getline(&line, &lcap, fp);
		if (r > 0 && line[r - 1] == '\n')
			line[--r] = '\0';
		if (r < 0 || r == 0 || strncmp(line, "#doc ", 5) == 0) {
			if (insent) {
				d->s[d->ns - 1].n = d->nt - d->s[d->ns - 1].a;
				insent = 0;
			}
			if (r < 0 || r > 0) {
				if (d->ns > s0)
					featurize(d, s0);
				s0 = d->ns;
			}
			if (r < 0)
				break;
			continue;
		}
		if ((tab = strchr(line, '\t')) == NULL)
			nu_die("%s: no TAB: %s", path, line);
		*tab = '\0';
		if (!insent) {
			d->s = nu_grow(d->s, &d->nscap, (d->ns + 1) *
			    sizeof(*d->s));
			d->s[d->ns].a = d->nt;
			d->s[d->ns++].n = 0;
			insent = 1;
		}
		d->word = nu_grow(d->word, &d->ntcap, (d->nt + 1) *
		    sizeof(*d->word));
		d->gold = realloc(d->gold, d->nt + 1);
		d->fa = nu_grow(d->fa, &d->facap, (d->nt + 2) * sizeof(*d->fa));
		d->word[d->nt] = nu_strdup(line);
		d->gold[d->nt] = (uint8_t)labelno(tab + 1);
		d->fa[d->nt + 1] = d->fa[d->nt];
		d->nt++;
	}
	free(line);
	fclose(fp);
}

/* Viterbi with weights w (int or averaged) into lab. */
static void
decode(const struct data *d, const struct sent *s, int avg, uint8_t *lab)
{
	static double *sc;
	static uint8_t *bp;
	static size_t cap, bcap;
	double v[ENTS_NLAB], best, x, tr;
	size_t i, k;
	int l, p, bl;

	sc = nu_grow(sc, &cap, (s->n + 1) * ENTS_NLAB * sizeof(*sc));
	bp = nu_grow(bp, &bcap, (s->n + 1) * ENTS_NLAB);
	for (i = 0; i < s->n; i++) {
		size_t t = s->a + i;

		for (l = 0; l < ENTS_NLAB; l++)
			v[l] = 0;
		for (k = d->fa[t] + (!avg && dropped(t) ? 2 : 0);
		    k < d->fa[t + 1]; k++) {
			uint32_t f = d->f[k];

			for (l = 0; l < ENTS_NLAB; l++)
				v[l] += avg ? AW[f * ENTS_NLAB + l] :
				    W[f * ENTS_NLAB + l];
		}
		for (l = 0; l < ENTS_NLAB; l++) {
			if (i == 0) {
				tr = avg ? AT[ENTS_NLAB * ENTS_NLAB + l] :
				    T[ENTS_NLAB * ENTS_NLAB + l];
				sc[l] = v[l] + (ents_allowed(ENTS_NLAB, l) ?
				    tr : -1e30);
				continue;
			}
			best = -1e300;
			bl = 0;
			for (p = 0; p < ENTS_NLAB; p++) {
				if (!ents_allowed(p, l))
					continue;
				tr = avg ? AT[p * ENTS_NLAB + l] :
				    T[p * ENTS_NLAB + l];
				x = sc[(i - 1) * ENTS_NLAB + p] + tr;
				if (x > best) {
					best = x;
					bl = p;
				}
			}
			sc[i * ENTS_NLAB + l] = best + v[l];
			bp[i * ENTS_NLAB + l] = (uint8_t)bl;
		}
	}
	best = -1e300;
	bl = 0;
	for (l = 0; l < ENTS_NLAB; l++)
		if (sc[(s->n - 1) * ENTS_NLAB + l] > best) {
			best = sc[(s->n - 1) * ENTS_NLAB + l];
			bl = l;
		}
	for (i = s->n; i-- > 0;) {
		lab[i] = (uint8_t)bl;
		bl = bp[i * ENTS_NLAB + bl];
	}
}

static void
upd(size_t f, int l, int d)
{
	W[f * ENTS_NLAB + (size_t)l] += d;
	WA[f * ENTS_NLAB + (size_t)l] += (int64_t)d * steps;
}

static void
updt(int p, int l, int d)
{
	T[p * ENTS_NLAB + l] += d;
	TA[p * ENTS_NLAB + l] += (int64_t)d * steps;
}

static void
train(const struct data *d, size_t *order)
{
	uint8_t lab[4096];
	size_t i, j, k;
	const struct sent *s;
	int pg, pp;

	for (j = 0; j < d->ns; j++) {
		s = d->s + order[j];
		if (s->n == 0 || s->n > sizeof(lab))
			continue;
		decode(d, s, 0, lab);
		pg = pp = ENTS_NLAB;
		for (i = 0; i < s->n; i++) {
			size_t t = s->a + i;
			int g = d->gold[t];

			if (lab[i] != g)
				for (k = d->fa[t] + (dropped(t) ? 2 : 0);
				    k < d->fa[t + 1]; k++) {
					upd(d->f[k], g, 1);
					upd(d->f[k], lab[i], -1);
				}
			if (lab[i] != g || pg != pp) {
				updt(pg, g, 1);
				updt(pp, lab[i], -1);
			}
			pg = g;
			pp = lab[i];
		}
		steps++;
	}
}

static void
average(void)
{
	size_t i;

	for (i = 0; i < (size_t)NF * ENTS_NLAB; i++)
		AW[i] = (float)(W[i] - (double)WA[i] / (double)steps);
	for (i = 0; i < (ENTS_NLAB + 1) * ENTS_NLAB; i++)
		AT[i] = (float)(T[i] - (double)TA[i] / (double)steps);
}

/* Exact span F1 per type and overall on d. */
static void
evaluate(const struct data *d, const char *what)
{
	uint8_t lab[4096];
	long tp[ENT_NTYPES + 1] = { 0 }, np[ENT_NTYPES + 1] = { 0 },
	    ng[ENT_NTYPES + 1] = { 0 };
	size_t i, j, k;
	int t;

	for (j = 0; j < d->ns; j++) {
		const struct sent *s = d->s + j;

		if (s->n == 0 || s->n > sizeof(lab))
			continue;
		decode(d, s, 1, lab);
		/* a span starts at B (or I after another type) and runs over I */
		for (i = 0; i < s->n; i++) {
			const uint8_t *g = d->gold + s->a;
			int gs = g[i] && (g[i] & 1 || i == 0 ||
			    (g[i - 1] + 1) / 2 != (g[i] + 1) / 2 || !g[i - 1]);
			int ps = lab[i] && (lab[i] & 1 || i == 0 ||
			    (lab[i - 1] + 1) / 2 != (lab[i] + 1) / 2 ||
			    !lab[i - 1]);
			size_t ge = i + 1, pe = i + 1;

			if (gs) {
				while (ge < s->n && g[ge] && !(g[ge] & 1) &&
				    (g[ge] + 1) / 2 == (g[i] + 1) / 2)
					ge++;
				ng[(g[i] - 1) / 2]++;
			}
			if (ps) {
				while (pe < s->n && lab[pe] && !(lab[pe] & 1) &&
				    (lab[pe] + 1) / 2 == (lab[i] + 1) / 2)
					pe++;
				np[(lab[i] - 1) / 2]++;
			}
			if (gs && ps && ge == pe && g[i] == lab[i]) {
				for (k = i + 1; k < ge && g[k] == lab[k]; k++)
					;
				if (k == ge)
					tp[(g[i] - 1) / 2]++;
			}
		}
	}
	fprintf(stderr, "%s:", what);
	for (t = 0; t <= ENT_NTYPES; t++) {
		double p, r;

		if (t < ENT_NTYPES) {
			tp[ENT_NTYPES] += tp[t];
			np[ENT_NTYPES] += np[t];
			ng[ENT_NTYPES] += ng[t];
		}
		p = np[t] ? (double)tp[t] / np[t] : 0;
		r = ng[t] ? (double)tp[t] / ng[t] : 0;
		fprintf(stderr, " %s %.3f", t < ENT_NTYPES ? ents_types[t] :
		    "all", p + r > 0 ? 2 * p * r / (p + r) : 0);
	}
	fprintf(stderr, "\n");
}

static int
cmpabs(const void *a, const void *b)
{
	float x = fabsf(*(const float *)a), y = fabsf(*(const float *)b);

	return (x < y) - (x > y);
}

/* Write the averaged model, its weights scaled to int16, small ones dropped. */
static void
writemodel(const char *path, size_t keep)
{
	FILE *fp;
	float *nz, cut, scale, mx = 0;
	size_t i, n = 0, m = 0;
	long q;

	nz = nu_alloc((size_t)NF * ENTS_NLAB * sizeof(*nz));
	for (i = 0; i < (size_t)NF * ENTS_NLAB; i++)
		if (AW[i] != 0)
			nz[n++] = AW[i];
	qsort(nz, n, sizeof(*nz), cmpabs);
	cut = n > keep ? fabsf(nz[keep]) : 0;
	mx = n ? fabsf(nz[0]) : 1;
	for (i = 0; i < (ENTS_NLAB + 1) * ENTS_NLAB; i++)
		if (fabsf(AT[i]) > mx)
			mx = fabsf(AT[i]);
	scale = 32000 / mx;
	free(nz);
	if ((fp = fopen(path, "w")) == NULL)
		nu_die("%s:", path);
	fprintf(fp, "/*\n * Generated by train/ntrain (make model): the nentities tagger, an\n"
	    " * averaged perceptron trained on GUM (see lib/tab/MODEL for its sources,\n"
	    " * licence CC-BY-SA 3.0 and attribution). Do not edit.\n */\n"
	    "#include <stddef.h>\n#include <stdint.h>\n\n#include \"ents.h\"\n\n");
	fprintf(fp, "const uint32_t model_keys[] = {\n");
	for (i = 0; i < (size_t)NF * ENTS_NLAB; i++) {
		q = lroundf(AW[i] * scale);
		if (AW[i] == 0 || fabsf(AW[i]) <= cut || q == 0)
			continue;
		fprintf(fp, "%s0x%lx,", m % 8 ? "" : "\t", (unsigned long)
		    ((i / ENTS_NLAB) << 4 | (i % ENTS_NLAB)));
		if (++m % 8 == 0)
			fputc('\n', fp);
	}
	fprintf(fp, "%s};\n\nconst int16_t model_vals[] = {\n", m % 8 ? "\n" :
	    "");
	m = 0;
	for (i = 0; i < (size_t)NF * ENTS_NLAB; i++) {
		q = lroundf(AW[i] * scale);
		if (AW[i] == 0 || fabsf(AW[i]) <= cut || q == 0)
			continue;
		fprintf(fp, "%s%ld,", m % 12 ? "" : "\t", q);
		if (++m % 12 == 0)
			fputc('\n', fp);
	}
	fprintf(fp, "%s};\n\nconst size_t model_n = %zu;\n\n", m % 12 ? "\n" :
	    "", m);
	fprintf(fp, "const int16_t model_trans[(ENTS_NLAB + 1) * ENTS_NLAB] = {\n");
	for (i = 0; i < (ENTS_NLAB + 1) * ENTS_NLAB; i++)
		fprintf(fp, "%s%ld,%s", i % ENTS_NLAB ? " " : "\t",
		    lroundf(AT[i] * scale), i % ENTS_NLAB == ENTS_NLAB - 1 ?
		    "\n" : "");
	fprintf(fp, "};\n");
	if (fclose(fp) != 0)
		nu_die("%s:", path);
	fprintf(stderr, "ntrain: %zu weights, scale %.1f\n", m, scale);
}

int
main(int argc, char *argv[])
{
	struct data tr = { 0 }, dev = { 0 };
	const char *out = NULL, *devpath = NULL;
	size_t *order, i, j, tmp, keep = 400000;
	unsigned long rnd = 12345;
	int ch, epochs = 10, e;

	nu_start("ntrain", "usage: ntrain [-e epochs] [-d dev] [-k weights] "
	    "[-p dropout] [-o model.c] train\n");
	while ((ch = getopt(argc, argv, "d:e:k:o:p:")) != -1) {
		if (ch == 'p')
			dropout = (unsigned)atoi(optarg);
		else if (ch == 'd')
			devpath = optarg;
		else if (ch == 'e')
			epochs = atoi(optarg);
		else if (ch == 'k')
			keep = strtoul(optarg, NULL, 10);
		else if (ch == 'o')
			out = optarg;
		else
			nu_usage("bad option");
	}
	if (optind + 1 != argc)
		nu_usage("one training file");
	load(&tr, argv[optind]);
	if (devpath)
		load(&dev, devpath);
	fprintf(stderr, "ntrain: %zu sentences, %zu tokens\n", tr.ns, tr.nt);
	W = nu_calloc((size_t)NF * ENTS_NLAB, sizeof(*W));
	WA = nu_calloc((size_t)NF * ENTS_NLAB, sizeof(*WA));
	AW = nu_calloc((size_t)NF * ENTS_NLAB, sizeof(*AW));
	order = nu_alloc(tr.ns * sizeof(*order));
	for (i = 0; i < tr.ns; i++)
		order[i] = i;
	for (e = 0; e < epochs; e++) {
		epoch = (unsigned)e;
		for (i = tr.ns; i > 1; i--) {
			rnd = rnd * 6364136223846793005ul + 1442695040888963407ul;
			j = (size_t)(rnd >> 33) % i;
			tmp = order[i - 1];
			order[i - 1] = order[j];
			order[j] = tmp;
		}
		train(&tr, order);
		if (devpath) {
			char what[32];

			average();
			snprintf(what, sizeof(what), "epoch %d dev", e + 1);
			evaluate(&dev, what);
		}
	}
	average();
	if (out)
		writemodel(out, keep);
	return 0;
}
