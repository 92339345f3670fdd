/* nentities: print named entities, each linked to its fullest name. */
#include <getopt.h>

#include "doc.h"
#include "ents.h"
#include "news.h"
#include "out.h"
#include "rec.h"

static const char help[] =
    "usage: nentities [-bcDHj] [--no-id] [file ...]\n"
    "Print each named entity mention as TYPE<TAB>TEXT<TAB>NAME: TYPE is PER,\n"
    "ORG, LOC or MISC, TEXT the mention as written, NAME the fullest name the\n"
    "document uses for it. With no FILE, or when FILE is -, read standard input.\n"
    "\n"
    "  -b, --byte-offset  add the byte offset and length of each mention\n"
    "  -c, --count        print COUNT<TAB>TYPE<TAB>NAME per entity instead,\n"
    "                     most mentioned first\n"
    "  -D, --doc-lines    each input line is a document, ID<TAB>TEXT\n"
    "  -H, --with-id      print the document id first\n"
    "  -j, --json         write JSON Lines\n"
    "      --no-id        never print the document id\n"
    "      --help         display this help and exit\n"
    "      --version      output version information and exit\n";

static const struct option longopts[] = {
	{ "count", no_argument, NULL, 'c' },
	{ "doc-lines", no_argument, NULL, 'D' },
	REC_LONGOPTS,
	NU_STD_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char *argv[])
{
	struct recopt ro = RECOPT_INIT;
	struct ement *m;
	struct ents *e;
	struct docs ds;
	size_t i, n;
	int ch, count = 0, flags = 0;

	nu_start("nentities", help);
	while ((ch = getopt_long(argc, argv, "bcDHj", longopts, NULL)) != -1) {
		if (ch == 'c')
			count = 1;
		else if (ch == 'D')
			flags |= DOCS_LINES;
		else if (!rec_option(&ro, ch))
			nu_stdopt(ch);
	}
	e = ents_new();
	docs_open(&ds, argv + optind, argc - optind, flags);
	while (docs_next(&ds)) {
		n = ents_find(e, ds.doc.text, ds.doc.len, &m);
		if (count)
			n = ents_count(m, n);
		for (i = 0; i < n; i++) {
			rec_begin(&ro, &ds.doc, m[i].off, m[i].len);
			if (count)
				rec_num("count", (long long)m[i].count);
			rec_fields("type", ents_types[m[i].type]);
			if (!count)
				rec_field("text", ds.doc.text + m[i].off,
				    m[i].len);
			rec_field("name", ds.doc.text + m[i].noff, m[i].nlen);
			rec_end();
		}
	}
	docs_close(&ds);
	ents_free(e);
	return nu_exit();
}
