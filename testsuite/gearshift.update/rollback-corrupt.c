/* Rollback on a corrupt file: the program writes garbage to a file and
   requests it as the new version; the runtime finds it is no ELF file
   before handing it to dlopen, and version 1 goes on.  */
/* { dg-do run } */

#include <stdio.h>
#include <gearshift.h>

int hits = 7;

static void
write_garbage (const char *path)
{
  FILE *f = fopen (path, "wb");
  if (!f)
    {
      perror (path);
      return;
    }
  for (int k = 0; k < 4096; k++)
    fputc ((k * 37 + 11) & 0xff, f);
  fclose (f);
}

int
main (void)
{
  long total = 0;
  write_garbage ("./rollback-corrupt-v2.so");
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	gearshift_request_update ("./rollback-corrupt-v2.so");
      total += i;
      hits++;
      printf ("v1 i=%d total=%ld hits=%d\n", i, total, hits);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  remove ("./rollback-corrupt-v2.so");
  return 0;
}

/* { dg-output "^v1 i=0 total=0 hits=8\n" } */
/* { dg-output "v1 i=1 total=1 hits=9\n" } */
/* { dg-output "v1 i=2 total=3 hits=10\n" } */
/* { dg-output "v1 i=3 total=6 hits=11\n" } */
/* { dg-output "v1 i=4 total=10 hits=12\n" } */
/* { dg-output "status -7: update to \[^ \]+/rollback-corrupt-v2.so refused before loading it: not an ELF file\n$" } */
