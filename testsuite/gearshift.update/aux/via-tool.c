/* For the second run of each update test: gearshift_request_update
   (PATH) replaced, through -Dgearshift_request_update=request_via_tool,
   by a request made with the gearshift command over the control channel
   ("gearshift update PID PATH"), as a user outside the program would.
   Once the channel holds the request, the program goes on exactly as
   after the API call, so its expected output is the same.  This file is
   compiled into every version, with this function excluded from
   instrumentation: its waiting loop must not be where the update
   happens.  */

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <gearshift.h>

#undef gearshift_request_update
int gearshift_request_update (const char *path);

int
request_via_tool (const char *path)
{
  const char *tool = getenv ("GEARSHIFT_TEST_TOOL");
  if (!path || !tool)
    return gearshift_request_update (path);
  pid_t child = fork ();
  if (child == 0)
    {
      char pid[32];
      int fd = open ("/dev/null", O_WRONLY);
      dup2 (fd, 1);
      dup2 (fd, 2);
      snprintf (pid, sizeof pid, "%d", (int) getppid ());
      execl (tool, "gearshift", "update", pid, path, (char *) 0);
      _exit (127);
    }
  if (child < 0)
    return -GEARSHIFT_EINVAL;
  /* Wait until the channel has taken the request: up to 20 s.  */
  for (int i = 0; i < 20000; i++)
    {
      if (gearshift_update_status (NULL, 0) == -GEARSHIFT_EBUSY)
	return 0;
      usleep (1000);
    }
  return -GEARSHIFT_EINVAL;
}
