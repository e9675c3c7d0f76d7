/* A qsort comparator in flight when the update is asked for: the C
   library's qsort is below it, so its point cannot capture the stack,
   and the whole sort runs version 1's comparator; the update happens at
   main's next point.  Then a pointer to the comparator that version 1
   stored in a global reaches version 2's: sorted the other way.  */
/* { dg-do run } */
/* { dg-versions "versions/redirect-qsort-v2/redirect-qsort.c=redirect-qsort-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

static int calls;

static int
by_value (const void *a, const void *b)
{
  int x = *(const int *) a, y = *(const int *) b;
  if (calls++ == 0)
    gearshift_request_update ("./redirect-qsort-v2.so");
  gearshift_update_point ("compare");
  return (x > y) - (x < y);
}

int (*held) (const void *, const void *) = by_value;

static void
show (const char *what, const int *a)
{
  printf ("v1 %s:", what);
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

/* { dg-output "^v1 in flight: 1 1 3 4 5\n" } */
/* { dg-output "v2 held: 8 7 2 2 1\n" } */
/* { dg-output "status 0: updated to \[^ \]+/redirect-qsort-v2.so: 1 frames, \[0-9\]+ globals mapped, \[0-9\]+ functions redirected\n$" } */
