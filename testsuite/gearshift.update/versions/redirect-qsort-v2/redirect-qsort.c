/* Version 2 of redirect-qsort.c: the comparator sorts the other way.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

static int calls;

static int
by_value (const void *a, const void *b)
{
  int x = *(const int *) a, y = *(const int *) b;
  calls++;
  gearshift_update_point ("compare");
  return (y > x) - (y < x);
}

int (*held) (const void *, const void *) = by_value;

static void
show (const char *what, const int *a)
{
  printf ("v2 %s:", what);
  for (int i = 0; i < 5; i++)
    printf (" %d", a[i]);
  printf ("\n");
}

int
main (void)
{
  int a[5] = { 3, 1, 4, 1, 5 };
  int b[5] = { 2, 7, 1, 8, 2 };
  for (int i = 0; i < 2; i++)
    {
      if (i == 0)
	{
	  qsort (a, 5, sizeof *a, by_value);
	  show ("in flight", a);
	}
      else
	{
	  qsort (b, 5, sizeof *b, held);
	  show ("held", b);
	}
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
