# gen.awk: a deterministic news-like corpus made from the sample articles.
#
# Text mode (default): awk -v mb=N -v out=DIR -f gen.awk examples/*.txt
# writes DIR/text-N.txt (documents of one paragraph per line, a blank line
# between documents), DIR/moji-N.txt (the same, about one line in 100 turned
# into mojibake: its UTF-8 read as Windows-1252) and DIR/docs-N.tsv (the same
# documents as -D lines, ID<TAB>TEXT).
# HTML mode: awk -v mb=N -v out=DIR -v html=1 -f gen.awk examples/*.html
# writes DIR/html-N.tsv, one whole page per -D line.
#
# Each document is a sample with its paragraphs in an order drawn from a
# Park-Miller generator with a fixed seed (every product stays below 2^53, so
# any awk computes the same sequence), its numbers shifted, and in half of
# them straight quotes made typographic. Run with LC_ALL=C: bytes, not
# characters. The samples' own mojibake is undone first, so that text-N.txt
# is clean text.

function rand31() {
	seed = (seed * 16807) % 2147483647
	return seed
}

# utf8(cp): the UTF-8 bytes of code point cp (below U+10000).
function utf8(cp) {
	if (cp < 128)
		return sprintf("%c", cp)
	if (cp < 2048)
		return sprintf("%c%c", 192 + int(cp / 64), 128 + cp % 64)
	return sprintf("%c%c%c", 224 + int(cp / 4096), 128 + int(cp / 64) % 64,
	    128 + cp % 64)
}

# The Windows-1252 decoding of bytes 0x80-0x9F; its five undefined bytes
# become the C1 controls of the same value, as browsers show them.
function mktables(   cp1252, n, i, c) {
	n = split("20AC 81 201A 192 201E 2026 2020 2021 2C6 2030 160 2039 152 " \
	    "8D 17D 8F 90 2018 2019 201C 201D 2022 2013 2014 2DC 2122 161 " \
	    "203A 153 9D 17E 178", cp1252, " ")
	for (i = 0; i < 256; i++) {
		c = sprintf("%c", i)
		if (i >= 160)
			moji[c] = utf8(i)
		else if (i >= 128)
			moji[c] = utf8(hex(cp1252[i - 127]))
	}
}

function hex(s,   i, v) {
	v = 0
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789ABCDEF", substr(s, i, 1)) - 1
	return v
}

# mojibake(s): s encoded as UTF-8, decoded as Windows-1252, encoded again.
function mojibake(s,   i, c, r) {
	r = ""
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		r = r ((c in moji) ? moji[c] : c)
	}
	return r
}

function replace(s, from, to,   i, r) {
	r = ""
	while ((i = index(s, from)) > 0) {
		r = r substr(s, 1, i - 1) to
		s = substr(s, i + length(from))
	}
	return r s
}

# unmoji(s): undo, in a sample, the mojibake of the characters it uses.
function unmoji(s,   i, n, chars) {
	n = split("2019 201C 201D 2018 2014 2013 E9 E8 E0 E7 F4", chars, " ")
	for (i = 1; i <= n; i++) {
		s = replace(s, mojibake(mojibake(utf8(hex(chars[i])))), utf8(hex(chars[i])))
		s = replace(s, mojibake(utf8(hex(chars[i]))), utf8(hex(chars[i])))
	}
	return s
}

# curl(s): straight quotes to typographic ones, by the preceding byte.
function curl(s,   i, c, p, r) {
	r = ""
	p = " "
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		if (c == "\"")
			c = (p == " " || p == "(") ? ldq : rdq
		else if (c == "'")
			c = (p == " " || p == "(") ? lsq : rsq
		r = r c
		p = substr(s, i, 1)
	}
	return r
}

# renumber(s, v): shift years by v - 5 and rotate the digits of other numbers
# of three digits or more by v; a decade ("1990s"), a day or an hour stays. Variant 0 is the sample unchanged.
function renumber(s, v,   r, n, y) {
	if (v == 0)
		return s
	r = ""
	while (match(s, /[0-9]+/)) {
		n = substr(s, RSTART, RLENGTH)
		r = r substr(s, 1, RSTART - 1)
		s = substr(s, RSTART + RLENGTH)
		if (RLENGTH < 3 || substr(s, 1, 1) == "s")
			r = r n
		else if (RLENGTH == 4 && n >= 1900 && n <= 2099)
			r = r (n + v - 5)
		else
			r = r rotate(n, v)
	}
	return r s
}

function rotate(n, v,   i, d, r) {
	r = ""
	for (i = 1; i <= length(n); i++) {
		d = (substr(n, i, 1) + v) % 10
		if (i == 1 && d == 0 && length(n) > 1)
			d = 1
		r = r d
	}
	return r
}

function esc(s) {
	gsub(/\\/, "\\\\", s)
	gsub(/\t/, "\\t", s)
	return s
}

BEGIN {
	mktables()
	ldq = utf8(8220); rdq = utf8(8221); lsq = utf8(8216); rsq = utf8(8217)
	seed = 20220301
	nart = 0
}

# Load: text mode keeps every non-empty line, the first one the headline;
# HTML mode keeps the page, and marks the bare <p> lines of <article> outside
# any <div>: the ones that get shuffled.
FNR == 1 { nart++; npar[nart] = 0; inart = indiv = 0 }
html {
	npar[nart]++
	par[nart, npar[nart]] = $0
	inart = inart && !/<\/article>/ || /<article[ >]/
	isp[nart, npar[nart]] = inart && !indiv && /^[ \t]*<p>/
	indiv += gsub(/<div[ >]/, "&") - gsub(/<\/div>/, "&")
	next
}
/[^ \t\r]/ {
	sub(/\r$/, "")
	npar[nart]++
	par[nart, npar[nart]] = unmoji($0)
}

END {
	if (nart == 0)
		exit 1
	limit = mb * 1048576
	for (a = 1; a <= nart; a++)
		for (v = 0; v < 10; v++)
			for (i = 1; i <= npar[a]; i++) {
				s = renumber(par[a, i], v)
				var[a, v, i] = (v % 2 && !html) ? curl(s) : s
			}
	if (html)
		makehtml()
	else
		maketext()
}

function shuffle(a,   i, j, t) {
	for (i = 1; i <= npar[a]; i++)
		ord_[i] = i
	for (i = npar[a]; i > 2; i--) {
		j = 2 + rand31() % (i - 1)
		t = ord_[i]; ord_[i] = ord_[j]; ord_[j] = t
	}
}

function maketext(   ftext, fmoji, fdocs, size, doc, a, v, i, s, m, d, since) {
	ftext = out "/text-" mb ".txt"
	fmoji = out "/moji-" mb ".txt"
	fdocs = out "/docs-" mb ".tsv"
	size = 0
	since = 0
	for (doc = 1; size < limit; doc++) {
		a = 1 + rand31() % nart
		v = rand31() % 10
		shuffle(a)
		d = ""
		for (i = 1; i <= npar[a]; i++) {
			s = var[a, v, ord_[i]]
			m = s
			if (++since >= 100 && s ~ /[\200-\377]/) {
				m = mojibake(s)
				since = 0
			}
			print s > ftext
			print m > fmoji
			d = d (i > 1 ? "\\n" : "") esc(s)
			size += length(s) + 1
		}
		print "" > ftext
		print "" > fmoji
		size++
		printf "bench/%06d.txt\t%s\\n\n", doc, d > fdocs
	}
}

function makehtml(   fhtml, size, doc, a, v, i, k, d, s, n, pl) {
	fhtml = out "/html-" mb ".tsv"
	size = 0
	for (doc = 1; size < limit; doc++) {
		a = 1 + rand31() % nart
		v = rand31() % 10
		n = 0
		for (i = 1; i <= npar[a]; i++)
			if (isp[a, i])
				pl[++n] = i
		for (i = n; i > 1; i--) {
			k = 1 + rand31() % i
			s = pl[i]; pl[i] = pl[k]; pl[k] = s
		}
		d = ""
		k = 0
		for (i = 1; i <= npar[a]; i++) {
			s = isp[a, i] ? var[a, v, pl[++k]] : par[a, i]
			d = d (i > 1 ? "\\n" : "") esc(s)
		}
		s = sprintf("bench/%06d.html\t%s\\n", doc, d)
		print s > fhtml
		size += length(s) + 1
	}
}
