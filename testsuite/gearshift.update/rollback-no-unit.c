/* Rollback on shared objects not built with the plugin, refused before
   dlopen runs any of their code: libgearshift itself, found by its path,
   holds no gearshift metadata; and a bare name ("libm.so.6") is a file
   in the working directory, as for open, not a library to search for.  */
/* { dg-do run } */
/* { dg-api-only "the command takes a path, and checks it exists" } */

#define _GNU_SOURCE 1
#include <dlfcn.h>
#include <stdio.h>
#include <gearshift.h>

int hits = 7;

int
main (void)
{
  Dl_info info;
  char msg[512];
  long total = 0;

  if (!dladdr ((void *) gearshift_update_status, &info) || !info.dli_fname)
    return 1;
  for (int i = 0; i < 6; i++)
    {
      if (i == 1)
	gearshift_request_update ("libm.so.6");
      if (i == 3)
	gearshift_request_update (info.dli_fname);
      total += i;
      hits++;
      printf ("v1 i=%d total=%ld hits=%d\n", i, total, hits);
      gearshift_update_point ("tick");
      if (i == 2 || i == 5)
	{
	  int status = gearshift_update_status (msg, sizeof msg);
	  printf ("status %d: %s\n", status, msg);
	}
    }
  return 0;
}

/* { dg-output "^v1 i=0 total=0 hits=8\n" } */
/* { dg-output "v1 i=1 total=1 hits=9\n" } */
/* { dg-output "v1 i=2 total=3 hits=10\n" } */
/* { dg-output "status -7: update to libm.so.6 refused before loading it: No such file or directory\n" } */
/* { dg-output "v1 i=3 total=6 hits=11\n" } */
/* { dg-output "v1 i=4 total=10 hits=12\n" } */
/* { dg-output "v1 i=5 total=15 hits=13\n" } */
/* { dg-output "status -7: update to /\[^ \]+/libgearshift.so\[.0-9\]* refused before loading it: no gearshift metadata \\(no section gs_units: not built with the gearshift plugin\\)\n$" } */
