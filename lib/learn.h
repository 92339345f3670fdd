/* learn.h: count lines across documents in a state file, to find a site's furniture. */
#ifndef LEARN_H
#define LEARN_H

#include <stddef.h>
#include <stdint.h>

#define LEARN_MAX	131072	/* entries kept in the state file (16 bytes each) */
#define LEARN_AGE	30	/* runs an entry survives without being seen */
#define LEARN_MIN	4	/* other documents a line must be in to be dropped */

struct lentry {
	uint64_t	 h;	/* hash of the normalized line; 0: empty slot */
	uint32_t	 docs;	/* documents it was seen in, this run included */
	uint32_t	 delta;	/* of which in this run */
	uint32_t	 last;	/* the run it was last seen in */
	uint32_t	 doc;	/* the document of this run it was last seen in */
};

struct learn {
	const char	*path;
	struct lentry	*t;
	size_t		 n, size;	/* entries used, slots (a power of 2) */
	uint32_t	 gen;		/* this run's number */
	uint32_t	 doc;		/* documents of this run so far */
};

/*
 * Load the state file at path (a missing one is empty); return 0, or -1
 * with errno set (EINVAL: the file is not a state file).
 */
int	learn_open(struct learn *lr, const char *path);
/* A new document begins. */
void	learn_next(struct learn *lr);
/*
 * Count the line p[0..n) for the current document (once however often
 * it comes) and return in how many other documents it was seen.
 */
unsigned	learn_line(struct learn *lr, const char *p, size_t n);
/*
 * Merge this run's counts into the state file under a lock (a run that
 * saved in between is not lost), age old entries out, keep at most
 * LEARN_MAX, and replace the file atomically; 0, or -1 with errno set.
 */
int	learn_save(struct learn *lr);
void	learn_free(struct learn *lr);

#endif
