/* Version 2 of rollback-unresolved.c: it calls a function that nothing
   defines, so it cannot be loaded.  */

#include <stdio.h>
#include <gearshift.h>

extern int gearshift_test_undefined (int);
int total;

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      total += gearshift_test_undefined (i);
      printf ("v2 i=%d total=%d\n", i, total);
      gearshift_update_point ("tick");
    }
  return 0;
}
