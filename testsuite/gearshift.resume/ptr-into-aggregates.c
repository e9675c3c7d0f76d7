/* Pointers to an array element, into a struct field and into a nested
   array of a struct, all held across updates and moved with arithmetic.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

struct rec
{
  char tag;
  int values[6];
  double mean;
};

static int __attribute__ ((noinline))
delay (int n)
{
  int x = n;
  for (int i = 0; i < 2; i++)
    {
      gearshift_update_point ("delay");
      x = x * 9 + 1;
    }
  return x % 50;
}

int
main (void)
{
  int arr[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };
  struct rec r = { 'r', { 6, 5, 4, 3, 2, 1 }, 0 };
  int *elem = &arr[2];
  double *field = &r.mean;
  int *inner = &r.values[1];
  char *tag = &r.tag;
  for (int k = 0; k < 14; k++)
    {
      *elem += delay (k);
      elem = elem + 1 < arr + 8 ? elem + 1 : arr;
      *inner -= delay (*elem);
      inner = inner == &r.values[5] ? &r.values[0] : inner + 1;
      *field += *elem * 0.5 + *inner;
      *tag = (char) ('a' + delay (k + 3) % 26);
    }
  long cs = 0;
  for (int i = 0; i < 8; i++)
    cs = cs * 13 + arr[i];
  for (int i = 0; i < 6; i++)
    cs = cs * 7 + r.values[i];
  printf ("cs=%ld mean=%.2f tag=%c elem=%d inner=%d\n", cs, r.mean, r.tag,
	  (int) (elem - arr), (int) (inner - r.values));
  fflush (stdout);
  return 0;
}

/* { dg-output "^cs=364648364824278 mean=-138\\.00 tag=g elem=0 inner=3\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
