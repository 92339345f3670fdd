/* nfix-encoding: repair mojibake and legacy encodings, never make right text worse. */
#include <getopt.h>
#include <string.h>

#include "buf.h"
#include "cp.h"
#include "doc.h"
#include "fix.h"
#include "news.h"
#include "out.h"
#include "utf8.h"

static const char help[] =
    "usage: nfix-encoding [-Dv] [-f enc] [--explain] [--no-STEP] [--uncurl]\n"
    "                     [--ligatures] [--width] [file ...]\n"
    "Write the text repaired, as valid UTF-8, line for line: mojibake undone\n"
    "(UTF-8 read as Windows-1252, Latin-1, MacRoman, CP1251... once or more),\n"
    "lines that are not UTF-8 decoded from their likeliest code page, HTML\n"
    "character references decoded, control characters, BOMs and terminal\n"
    "escapes removed, line breaks made '\\n', text normalized to NFC.\n"
    "\n"
    "  -D, --doc-lines    each input line is a document, ID<TAB>TEXT\n"
    "  -f, --from=ENC     the input is in code page ENC (utf-8, cp1252, latin1,\n"
    "                     cp1250, cp1251, cp1253, cp1254, cp1257, iso8859-2,\n"
    "                     iso8859-15, macroman, koi8-r, cp437)\n"
    "  -v, --verbose      report undecodable bytes and legacy lines on stderr\n"
    "      --explain      write LINE<TAB>FIXES<TAB>BEFORE<TAB>AFTER for each\n"
    "                     changed line instead of the text\n"
    "      --no-mojibake, --no-entities, --no-controls, --no-c1, --no-bom,\n"
    "      --no-escapes, --no-breaks, --no-nfc\n"
    "                     leave that step out\n"
    "      --uncurl       typographic quotes to ASCII quotes\n"
    "      --ligatures    ligatures and digraphs to their letters\n"
    "      --width        full-width forms to ASCII\n"
    "      --help         display this help and exit\n"
    "      --version      output version information and exit\n";

enum {
	OPT_EXPLAIN = OPT_FREE,
	OPT_UNCURL,
	OPT_LIGATURES,
	OPT_WIDTH,
	OPT_NO	/* OPT_NO + i: --no-STEP of nosteps[i] */
};

static const struct {
	const char	*name;
	int		 flag;
} nosteps[] = {
	{ "no-mojibake", FIX_MOJIBAKE }, { "no-entities", FIX_ENTITIES },
	{ "no-controls", FIX_CONTROLS }, { "no-c1", FIX_C1 },
	{ "no-bom", FIX_BOM }, { "no-escapes", FIX_ESCAPES },
	{ "no-breaks", FIX_BREAKS }, { "no-nfc", FIX_NFC },
};

static const struct option longopts[] = {
	{ "doc-lines", no_argument, NULL, 'D' },
	{ "from", required_argument, NULL, 'f' },
	{ "verbose", no_argument, NULL, 'v' },
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "uncurl", no_argument, NULL, OPT_UNCURL },
	{ "ligatures", no_argument, NULL, OPT_LIGATURES },
	{ "width", no_argument, NULL, OPT_WIDTH },
	{ "no-mojibake", no_argument, NULL, OPT_NO + 0 },
	{ "no-entities", no_argument, NULL, OPT_NO + 1 },
	{ "no-controls", no_argument, NULL, OPT_NO + 2 },
	{ "no-c1", no_argument, NULL, OPT_NO + 3 },
	{ "no-bom", no_argument, NULL, OPT_NO + 4 },
	{ "no-escapes", no_argument, NULL, OPT_NO + 5 },
	{ "no-breaks", no_argument, NULL, OPT_NO + 6 },
	{ "no-nfc", no_argument, NULL, OPT_NO + 7 },
	NU_STD_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

static struct fix fx;
static struct buf names, text;
static int explain, verbose;
static unsigned long nlegacy;

/*
 * Repair one line and write it, or its explanation. cr: it ended in CR LF;
 * nl: in a newline at all.
 */
static void
putline(const struct doc *d, unsigned long lineno, const char *s, size_t n,
    int cr, int nl, struct buf *to)
{
	const char *o;
	size_t on;

	fix_line(&fx, s, n, &o, &on);
	if (cr && (fx.flags & FIX_BREAKS))
		fx.did |= FIX_BREAKS;
	nlegacy += (fx.did & FIX_LEGACY) != 0;
	if (explain) {
		if (fx.did == 0)
			return;
		if (d->many) {
			out_field(d->id, d->idlen);
			out_putc('\t');
		}
		out_ulong(lineno);
		out_putc('\t');
		buf_reset(&names);
		fix_names(&fx, &names);
		out_field(names.p, names.len);
		out_putc('\t');
		out_field(s, n + (cr && !(fx.flags & FIX_BREAKS)));
		out_putc('\t');
		out_field(o, on);
		out_putc('\n');
		return;
	}
	if (to != NULL) {
		buf_add(to, o, on);
		if (cr && !(fx.flags & FIX_BREAKS))
			buf_addc(to, '\r');
		if (nl)
			buf_addc(to, '\n');
		return;
	}
	out_write(o, on);
	if (cr && !(fx.flags & FIX_BREAKS))
		out_putc('\r');
	if (nl)
		out_putc('\n');
}

static void
report(const char *name)
{
	if (verbose && (fx.nrepl > 0 || nlegacy > 0))
		nu_warn("%s: %lu lines decoded from legacy encodings, "
		    "%lu undecodable bytes replaced by U+FFFD", name, nlegacy,
		    fx.nrepl);
	fx.nrepl = 0;
	nlegacy = 0;
}

/* Standard mode: each file streams through a line at a time. */
static void
fixfiles(struct docs *ds)
{
	struct line l;

	while (docs_nextfile(ds)) {
		fx.markup = 0;
		while (docs_getline(ds, &l))
			putline(&ds->doc, ds->in.lineno, l.p, l.len, l.cr,
			    l.nl, NULL);
		report(ds->doc.id);
	}
}

/* -D: each document is repaired line by line and written back as one line. */
static void
fixdocs(struct docs *ds)
{
	const char *s, *e, *nl;
	unsigned long lineno;
	size_t n;
	int cr;

	while (docs_next(ds)) {
		fx.guess = -1;
		fx.markup = 0;
		if (fx.from == -1 && utf8_valid(ds->doc.text, ds->doc.len) !=
		    ds->doc.len)
			fx.guess = fix_guess(ds->doc.text, ds->doc.len);
		buf_reset(&text);
		s = ds->doc.text;
		e = s + ds->doc.len;
		for (lineno = 1; s < e || lineno == 1; lineno++) {
			nl = memchr(s, '\n', e - s);
			n = (nl != NULL ? nl : e) - s;
			cr = nl != NULL && n > 0 && s[n - 1] == '\r';
			putline(&ds->doc, lineno, s, n - cr, cr, nl != NULL,
			    &text);
			if (nl == NULL)
				break;
			s = nl + 1;
		}
		if (!explain)
			doc_put(&ds->doc, text.p, text.len);
	}
	report(ds->nfiles > 1 ? "-" : ds->files[0]);
}

int
main(int argc, char *argv[])
{
	struct docs ds;
	int ch, dlines = 0, from = -1, flags = FIX_DEFAULT;

	nu_start("nfix-encoding", help);
	while ((ch = getopt_long(argc, argv, "Df:v", longopts, NULL)) != -1) {
		if (ch == 'D')
			dlines = 1;
		else if (ch == 'f') {
			if (strchr("uU", optarg[0]) != NULL &&
			    (strcmp(optarg + 1, "tf-8") == 0 ||
			    strcmp(optarg + 1, "TF-8") == 0 ||
			    strcmp(optarg + 1, "tf8") == 0 ||
			    strcmp(optarg + 1, "TF8") == 0))
				from = FIX_UTF8;
			else if ((from = cp_byname(optarg)) < 0)
				nu_usage("unknown encoding '%s'", optarg);
		} else if (ch == 'v')
			verbose = 1;
		else if (ch == OPT_EXPLAIN)
			explain = 1;
		else if (ch == OPT_UNCURL)
			flags |= FIX_UNCURL;
		else if (ch == OPT_LIGATURES)
			flags |= FIX_LIGATURES;
		else if (ch == OPT_WIDTH)
			flags |= FIX_WIDTH;
		else if (ch >= OPT_NO && ch < OPT_NO + (int)(sizeof(nosteps) /
		    sizeof(nosteps[0])))
			flags &= ~nosteps[ch - OPT_NO].flag;
		else
			nu_stdopt(ch);
	}
	fix_init(&fx, flags, from);
	docs_open(&ds, argv + optind, argc - optind, dlines ? DOCS_LINES : 0);
	if (dlines)
		fixdocs(&ds);
	else
		fixfiles(&ds);
	docs_close(&ds);
	fix_free(&fx);
	buf_free(&names);
	buf_free(&text);
	return nu_exit();
}
