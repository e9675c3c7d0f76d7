/* Out-parameters that are on the side stack (R and T's address also go
   to a function that keeps it) or in the frame (S), all passed to a
   parameter that the callee takes from its caller when it resumes
   (GS_FIELD_ARGUMENT): the caller's point saves the pointer it passes
   (the side stack's, and "&t[1]" computed from it), and its resume
   passes it again.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

int *global_ref;

static void __attribute__ ((noinline))
fill (unsigned long x, int *out)
{
  int n = 0;
  while (x != 1)
    {
      x = x & 1 ? 3 * x + 1 : x / 2;
      n++;
    }
  *out = n;
}

static void __attribute__ ((noinline))
keep_it (int *p)
{
  global_ref = p;
}

static long __attribute__ ((noinline))
run (unsigned long v)
{
  int r = 0, s[4] = { 0 }, t[4] = { 0 };
  keep_it (&r);
  fill (v, &r);
  fill (v + 1, &s[2]);
  keep_it (&t[0]);
  fill (v + 2, &t[1]);
  return r * 1000000L + s[2] * 10000L + t[1] * 100L + t[2] + t[3] + *global_ref;
}

int
main (void)
{
  long total = 0;
  for (unsigned long v = 1; v < 1000; v++)
    total = total * 31 + run (v);
  printf ("total = %ld\n", total);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total = 3226426307383381852\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, 0 declined\[^\n\]*\n$" } */
