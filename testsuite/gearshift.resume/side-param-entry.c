/* A recursive function (so it has an entry point) whose parameter's
   address is taken: the parameter lives on the side stack, copied in
   on entry.  A frame captured at the entry point must come back with
   the parameter's value, not with the dummy argument its re-entry
   passes (SQLite's openDatabase failed with SQLITE_MISUSE: its flags
   came back 0).  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static void __attribute__ ((noinline))
bump (unsigned *p)
{
  *p += 3;
}

static unsigned __attribute__ ((noinline))
walk (int n, unsigned flags, const char *tag)
{
  if (n == 0)
    return flags + tag[0];
  bump (&flags);
  return walk (n - 1, flags * 2 + 1, tag) + flags;
}

int
main (void)
{
  unsigned total = 0;
  for (int i = 0; i < 20; i++)
    total += walk (6, 6 + i, "x");
  printf ("total=%u\n", total);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total=58930\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
