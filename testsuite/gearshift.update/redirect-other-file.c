/* Pointers to functions of another file, held in the heap and in a
   global: handle and legacy have no update point and their own file
   never takes their address, yet the update reaches them.  Public, they
   stay in the metadata with room for the jump (gs-pass.cc,
   drop_needless), and this file lists them as functions whose address
   it takes, so the outcome names legacy, gone from version 2, as old
   code still reachable.  The pointer held compares equal to version
   2's handle.  */
/* { dg-do run } */
/* { dg-additional-sources "versions/redirect-other-file-v1/handlers.c" } */
/* { dg-versions "versions/redirect-other-file-v2/redirect-other-file.c,versions/redirect-other-file-v2/handlers.c=redirect-other-file-v2.so" } */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

extern int handle (int);
extern int legacy (int);

struct conn
{
  int (*on_read) (int);
  int (*old) (int);
};

int (*held) (int) = handle;

int
main (void)
{
  struct conn *c = malloc (sizeof *c);
  c->on_read = handle;
  c->old = legacy;
  long total = 0;
  for (int i = 0; i < 3; i++)
    {
      total += c->on_read (i);
      total += c->old (i);
      total += held (10 * i);
      printf ("v1 i=%d total=%ld same=%d%d\n", i, total,
	      c->on_read == handle, held == handle);
      if (i == 1)
	gearshift_request_update ("./redirect-other-file-v2.so");
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  free (c);
  return 0;
}

/* { dg-output "^v1 handle \\(0\\)\nv1 legacy \\(0\\)\nv1 handle \\(0\\)\n" } */
/* { dg-output "v1 i=0 total=2 same=11\n" } */
/* { dg-output "v1 handle \\(1\\)\nv1 legacy \\(1\\)\nv1 handle \\(10\\)\n" } */
/* { dg-output "v1 i=1 total=16 same=11\n" } */
/* { dg-output "v2 handle \\(2\\)\nv1 legacy \\(2\\)\nv2 handle \\(20\\)\n" } */
/* { dg-output "v2 i=2 total=240 same=11\n" } */
/* { dg-output "status 0: updated to \[^ \]+/redirect-other-file-v2.so: 1 frames, 1 globals mapped, 2 functions redirected; old code still reachable: legacy \\(gone\\)\n$" } */
