/* nquotes: print direct quotations with their speakers. */
#include <getopt.h>

#include "doc.h"
#include "news.h"
#include "quote.h"
#include "rec.h"

static const char help[] =
    "usage: nquotes [-bDHj] [--no-id] [file ...]\n"
    "Print each direct quotation of the documents as SPEAKER<TAB>QUOTE: the\n"
    "quoted text without its marks, and the fullest name the document gives\n"
    "its speaker (empty when it cannot tell). Each FILE is one document whose\n"
    "lines are paragraphs; with no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "  -b, --byte-offset  add the byte offset and length of the quoted text\n"
    "  -D, --doc-lines    each input line is a document, ID<TAB>TEXT\n"
    "  -H, --with-id      begin each record with the document id\n"
    "  -j, --json         write JSON Lines with cue, mention and kind\n"
    "      --no-id        never write the document id\n"
    "      --help         display this help and exit\n"
    "      --version      output version information and exit\n";

static const struct option longopts[] = {
	{ "doc-lines", no_argument, NULL, 'D' },
	REC_LONGOPTS,
	NU_STD_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

struct out {
	const struct recopt	*ro;
	const struct doc	*d;
};

static void
put(const struct quote_rec *r, void *arg)
{
	const struct out *o = arg;

	rec_begin(o->ro, o->d, r->off, r->len);
	rec_field("speaker", r->speaker != NULL ? r->speaker : "", r->speakerlen);
	rec_field("quote", o->d->text + r->off, r->len);
	rec_extra("cue", r->cue != NULL ? r->cue : "", r->cuelen);
	rec_extra("mention", r->mention != NULL ? r->mention : "", r->mentionlen);
	rec_extra("kind", r->partial ? "partial" : "full", r->partial ? 7 : 4);
	rec_end();
}

int
main(int argc, char *argv[])
{
	struct recopt ro = RECOPT_INIT;
	struct quote_ctx *qc;
	struct docs ds;
	struct out o;
	int ch, flags = 0;

	nu_start("nquotes", help);
	while ((ch = getopt_long(argc, argv, "bDHj", longopts, NULL)) != -1) {
		if (ch == 'D')
			flags |= DOCS_LINES;
		else if (!rec_option(&ro, ch))
			nu_stdopt(ch);
	}
	qc = quote_new();
	o.ro = &ro;
	o.d = &ds.doc;
	docs_open(&ds, argv + optind, argc - optind, flags);
	while (docs_next(&ds))
		quote_scan(qc, ds.doc.text, ds.doc.len, put, &o);
	docs_close(&ds);
	quote_free(qc);
	return nu_exit();
}
