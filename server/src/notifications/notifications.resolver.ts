import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/auth/access.decorators';
import { CurrentViewer } from '../common/auth/current-viewer.decorator';
import type { Viewer } from '../common/auth/viewer';
import { IdArg } from '../common/graphql/id-arg.decorator';
import { NotificationsArgs } from './dto/notifications.args';
import { NotificationListModel, NotificationModel } from './models/notification.model';
import { toNotificationModel } from './notification.mapper';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @SignedIn()
  @Query(() => NotificationListModel, { description: "The viewer's notifications and the unread count." })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args() args: NotificationsArgs,
  ): Promise<NotificationListModel> {
    const { items, unreadCount } = await this.service.list(viewer.userId, args.unreadOnly, args.first);
    return { items: items.map(toNotificationModel), unreadCount };
  }

  @SignedIn()
  @Mutation(() => NotificationModel)
  async markNotificationRead(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<NotificationModel> {
    return toNotificationModel(await this.service.markRead(viewer.userId, id));
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks all of the viewer’s notifications read; returns how many were unread.' })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.markAllRead(viewer.userId);
  }
}
