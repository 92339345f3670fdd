/* rusage: run a command, then write its wall time and peak RSS to a file. */
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/*
 * usage: rusage OUTFILE COMMAND [ARG ...]
 * Appends "SECONDS MAXRSS_KB" to OUTFILE; exits with the command's status
 * (128 + N if it was killed by signal N, 127 if it could not be run).
 * bench/run.sh builds it because GNU time measures wall time only to the
 * hundredth of a second, too coarse for `cat` over 20 MB. ru_maxrss is in
 * kilobytes on Linux and the BSDs (getrusage(2)); it covers every child
 * waited for, which here is the command alone.
 */
static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char *argv[])
{
	struct rusage ru;
	FILE *fp;
	double t0;
	pid_t pid;
	int st;

	if (argc < 3) {
		fputs("usage: rusage outfile command [arg ...]\n", stderr);
		return 127;
	}
	t0 = now();
	if ((pid = fork()) == -1) {
		perror("rusage: fork");
		return 127;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		fprintf(stderr, "rusage: %s: %s\n", argv[2], strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &st, 0) == -1)
		if (errno != EINTR) {
			perror("rusage: waitpid");
			return 127;
		}
	t0 = now() - t0;
	getrusage(RUSAGE_CHILDREN, &ru);
	if ((fp = fopen(argv[1], "a")) == NULL) {
		fprintf(stderr, "rusage: %s: %s\n", argv[1], strerror(errno));
		return 127;
	}
	fprintf(fp, "%.6f %ld\n", t0, (long)ru.ru_maxrss);
	if (fclose(fp) == EOF) {
		perror("rusage: write");
		return 127;
	}
	if (WIFSIGNALED(st))
		return 128 + WTERMSIG(st);
	return WEXITSTATUS(st);
}
