/* Rollback on a missing file: the new version cannot be loaded, the
   update is refused and version 1 resumes with nothing lost.  */
/* { dg-do run } */
/* { dg-api-only "the command itself refuses a missing file, before asking the program" } */

#include <stdio.h>
#include <gearshift.h>

int hits = 7;

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	printf ("request %d\n",
		gearshift_request_update ("./rollback-missing-v2.so"));
      total += i;
      hits++;
      printf ("v1 i=%d total=%ld hits=%d\n", i, total, hits);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

/* { dg-output "^v1 i=0 total=0 hits=8\n" } */
/* { dg-output "v1 i=1 total=1 hits=9\n" } */
/* { dg-output "request 0\n" } */
/* { dg-output "v1 i=2 total=3 hits=10\n" } */
/* { dg-output "v1 i=3 total=6 hits=11\n" } */
/* { dg-output "v1 i=4 total=10 hits=12\n" } */
/* { dg-output "status -7: update to \[^ \]+/rollback-missing-v2.so refused before loading it: No such file or directory\n$" } */
