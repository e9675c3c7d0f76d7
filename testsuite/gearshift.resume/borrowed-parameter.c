/* The address of a parameter lent to a function that only reads and
   advances through it (SQLite's patternCompare passes "&zPattern" to
   sqlite3Utf8Read): the parameter stays in the frame, saved and
   restored by value, and the resumed callee takes its new address from
   the resumed caller (GS_FIELD_ARGUMENT).  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static unsigned __attribute__ ((noinline))
next_char (const unsigned char **pz)
{
  unsigned c = *(*pz)++;
  if (c >= 0xc0)
    while ((**pz & 0xc0) == 0x80)
      c = (c << 6) + (0x3f & *(*pz)++);
  return c;
}

static unsigned __attribute__ ((noinline))
sum (const unsigned char *z, unsigned k)
{
  unsigned h = k;
  while (*z)
    h = h * 31 + next_char (&z);
  return h;
}

int
main (void)
{
  static const unsigned char text[] = "h\xc3\xa9llo w\xc3\xb6rld, \xe2\x82\xac and \xf0\x9f\x98\x80 again";
  unsigned long t = 0;
  for (unsigned k = 0; k < 5000; k++)
    t = t * 3 + sum (text + k % 5, k);
  printf ("t = %lu\n", t);
  fflush (stdout);
  return 0;
}

/* { dg-output "^t = 1435175282545236988\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, 0 declined\[^\n\]*\n$" } */
