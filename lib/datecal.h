/* datecal.h: proleptic Gregorian date arithmetic and ISO 8601 weeks. */
#ifndef DATECAL_H
#define DATECAL_H

/* Days since 1970-01-01 of the date y-m-d (m 1-12, d 1-31). */
long	cal_days(int y, int m, int d);
/* The date of day number n (days since 1970-01-01). */
void	cal_civil(long n, int *y, int *m, int *d);
/* Day of the week of day number n: 1 Monday ... 7 Sunday (ISO 8601). */
int	cal_wday(long n);
/* ISO 8601 week of day number n: its week-year in *wy, week 1-53 returned. */
int	cal_isoweek(long n, int *wy);
/* Days in month m of year y. */
int	cal_mdays(int y, int m);
/* 1 if y-m-d is a real date, else 0. */
int	cal_valid(int y, int m, int d);
/* Day number of the weekday wd (1-7) nearest to n in the given direction:
 * dir < 0 the latest on or before n, dir > 0 the first after n. */
long	cal_weekday(long n, int wd, int dir);

#endif
