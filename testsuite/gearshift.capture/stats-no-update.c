/* With GEARSHIFT_STATS=1 and no update requested, the program runs to
   its end and the statistics line at exit counts nothing.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  int sum = 0;
  for (int i = 0; i < 100; i++)
    {
      sum += i;
      gearshift_update_point ("loop");
    }
  printf ("sum %d\n", sum);
  fflush (stdout);
  return 0;
}

/* { dg-output "^sum 4950\n" } */
/* { dg-output "gearshift: 0 updates, 0 declined, pause mean 0\\.0 us max 0\\.0 us, deepest stack 0 frames\n$" } */
