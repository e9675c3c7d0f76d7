/* Captures inside a function that its caller calls in tail position
   while a local whose address was taken is in scope: the caller's frame
   has no point there (gearshift.compile/tail-call-cleanup.c) and is
   passed by, through the landing pad that only ends the local's scope
   where GCC keeps one (-O0), and the resume enters the callee
   directly.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>
#include <string.h>

static unsigned __attribute__ ((noinline))
spin (unsigned n, const char *tag)
{
  unsigned h = 0;
  /* Collatz's walk: a loop of unknown count, which gets a point.  */
  for (unsigned long x = n | 1; x != 1; x = x & 1 ? 3 * x + 1 : x / 2)
    h = h * 31 + (unsigned char) tag[x % 3];
  return h;
}

static unsigned __attribute__ ((noinline))
punned (unsigned n, double d)
{
  unsigned long bits;
  memcpy (&bits, &d, sizeof bits);
  if (n > 250)
    return n + (unsigned) (bits & 1);
  return spin (n + (unsigned) (bits >> 60), "abc");
}

static unsigned __attribute__ ((noinline))
formatted (unsigned n)
{
  char name[16];
  snprintf (name, sizeof name, "n%u", n);
  if (n & 1)
    return spin (n, "odd");
  return spin (n + (unsigned char) name[1], "even");
}

int
main (void)
{
  unsigned h = 0;
  for (unsigned v = 1; v < 60; v++)
    h = h * 33 + punned (v * 5, v * 0.25) + formatted (v * 3);
  printf ("h = %u\n", h);
  fflush (stdout);
  return 0;
}

/* { dg-output "^h = 2829961832\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
