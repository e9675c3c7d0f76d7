/* Version 2 adds a total over a table that start-up code fills; its
   own start-up code would compute the total, but it resumes in the
   middle of main, so that code never runs.  Its GEARSHIFT_ON_UPDATE
   function computes it at the update, from the running table.  */
/* { dg-do run } */
/* { dg-versions "versions/on-update-v2/on-update.c=on-update-v2.so" } */

#include <stdio.h>
#include <gearshift.h>

int table[4];

int
main (void)
{
  for (int i = 0; i < 4; i++)
    table[i] = 10 * (i + 1);
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	gearshift_request_update ("./on-update-v2.so");
      table[i] += 1;
      printf ("v1 i=%d table[i]=%d\n", i, table[i]);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 table\\\[i\\\]=11\n" } */
/* { dg-output "v1 i=1 table\\\[i\\\]=21\n" } */
/* { dg-output "v1 i=2 table\\\[i\\\]=31\n" } */
/* { dg-output "v2 i=3 table\\\[i\\\]=41 total=104 updates=1\n" } */
/* { dg-output "status 0: updated to \[^ \]+/on-update-v2.so: 1 frames, 1 globals mapped, \[0-9\]+ functions redirected; new, from their initial values: updates, total\n$" } */
