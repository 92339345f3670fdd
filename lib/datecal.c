/* datecal.c: proleptic Gregorian date arithmetic and ISO 8601 weeks. */
#include "datecal.h"

/*
 * Day numbers count from 1970-01-01. The conversion shifts the year to
 * start in March, so that the leap day is the last day of a year, and
 * counts whole 400-year eras of 146097 days (the Gregorian cycle).
 */
long
cal_days(int y, int m, int d)
{
	long era, yoe, doy, doe, yy = y - (m <= 2);

	era = (yy >= 0 ? yy : yy - 399) / 400;
	yoe = yy - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
cal_civil(long n, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	n += 719468;
	era = (n >= 0 ? n : n - 146096) / 146097;
	doe = n - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

int
cal_wday(long n)
{
	long r = (n + 3) % 7;	/* 1970-01-01 was a Thursday */

	return (r < 0 ? r + 7 : r) + 1;
}

/* ISO 8601: week 1 is the week with the year's first Thursday in it. */
int
cal_isoweek(long n, int *wy)
{
	long thu = n - cal_wday(n) + 4;
	int y, m, d;

	cal_civil(thu, &y, &m, &d);
	*wy = y;
	return (thu - cal_days(y, 1, 1)) / 7 + 1;
}

int
cal_mdays(int y, int m)
{
	static const unsigned char md[] = { 31, 28, 31, 30, 31, 30, 31, 31,
	    30, 31, 30, 31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return md[m - 1];
}

int
cal_valid(int y, int m, int d)
{
	return m >= 1 && m <= 12 && d >= 1 && d <= cal_mdays(y, m);
}

long
cal_weekday(long n, int wd, int dir)
{
	int diff = wd - cal_wday(n);

	if (dir < 0)
		return n + (diff > 0 ? diff - 7 : diff);
	return n + (diff <= 0 ? diff + 7 : diff);
}
