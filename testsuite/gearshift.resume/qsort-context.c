/* A pointer to a local is qsort_r's comparator context: updates in the
   comparator decline (qsort is not instrumented), a later point captures.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#define _GNU_SOURCE
#include <gearshift.h>
#include <stdio.h>
#include <stdlib.h>

struct order
{
  int descending;
  long compares;
  int key_shift;
};

static int
compare (const void *a, const void *b, void *arg)
{
  struct order *o = arg;
  int x = *(const int *) a >> o->key_shift, y = *(const int *) b >> o->key_shift;
  o->compares++;
  gearshift_update_point ("in-compare");
  int r = (x > y) - (x < y);
  return o->descending ? -r : r;
}

static long __attribute__ ((noinline))
sort_and_sum (int *data, int n, int descending)
{
  struct order o = { descending, 0, 2 };
  struct order *held = &o;
  qsort_r (data, n, sizeof *data, compare, &o);
  long weighted = 0;
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("after-sort");
      weighted += (long) (data[i] >> held->key_shift) * (i + 1);
    }
  return weighted * 1000 + (held->compares > 0);
}

int
main (void)
{
  int data[40];
  unsigned v = 99;
  for (int i = 0; i < 40; i++)
    {
      v = v * 1103515245u + 12345u;
      data[i] = (int) (v >> 20);
    }
  long a = sort_and_sum (data, 40, 0);
  long b = sort_and_sum (data, 40, 1);
  printf ("a=%ld b=%ld first=%d last=%d\n", a, b, data[0] >> 2, data[39] >> 2);
  fflush (stdout);
  return 0;
}

/* { dg-output "^a=531214001 b=253772001 first=1022 last=1\n" } */
/* The points in the comparator declined; those after the sort updated.  */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[1-9\]\[0-9\]* declined\[^\n\]*\n$" } */
